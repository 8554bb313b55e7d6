using System.Globalization;
using Dossier.Build;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// The <c>--timings</c> table: each stage's wall time in milliseconds, its share of the build, what it allocated and
/// how long garbage collections paused the build during it (already part of its wall time).
/// </summary>
public static class StageTimingsTable
{
    public static void Print(IReadOnlyList<StageTiming> timings)
    {
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        // Columns without borders in a log or a pipe, where box drawing is noise; framed on a terminal.
        var table = new Table().Border(Console.IsOutputRedirected ? TableBorder.None : TableBorder.Square).AddColumn("stage").AddColumn(new TableColumn("ms").RightAligned()).AddColumn(new TableColumn("share").RightAligned())
            .AddColumn(new TableColumn("allocated MB").RightAligned()).AddColumn(new TableColumn("GC pause ms").RightAligned());
        foreach (var timing in timings)
        {
            table.AddRow(
                Markup.Escape(timing.Stage),
                Milliseconds(timing.Elapsed),
                (total > 0 ? timing.Elapsed.TotalMilliseconds / total : 0).ToString("P0", CultureInfo.InvariantCulture),
                Megabytes(timing.AllocatedBytes),
                Milliseconds(timing.GcPause));
        }

        table.AddRow("[bold]total[/]", total.ToString("F1", CultureInfo.InvariantCulture), "",
            Megabytes(timings.Sum(t => t.AllocatedBytes)), Milliseconds(TimeSpan.FromTicks(timings.Sum(t => t.GcPause.Ticks))));
        AnsiConsole.Write(table);
    }

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture);
}
