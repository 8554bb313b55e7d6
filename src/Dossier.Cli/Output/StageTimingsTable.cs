using System.Globalization;
using Dossier.Build;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>The <c>--timings</c> table: each stage's wall time in milliseconds and its share of the build.</summary>
public static class StageTimingsTable
{
    public static void Print(IReadOnlyList<StageTiming> timings)
    {
        var total = timings.Sum(t => t.Elapsed.TotalMilliseconds);
        var table = new Table().AddColumn("stage").AddColumn(new TableColumn("ms").RightAligned()).AddColumn(new TableColumn("share").RightAligned());
        foreach (var timing in timings)
        {
            table.AddRow(
                Markup.Escape(timing.Stage),
                timing.Elapsed.TotalMilliseconds.ToString("F1", CultureInfo.InvariantCulture),
                (total > 0 ? timing.Elapsed.TotalMilliseconds / total : 0).ToString("P0", CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]total[/]", total.ToString("F1", CultureInfo.InvariantCulture), "");
        AnsiConsole.Write(table);
    }
}
