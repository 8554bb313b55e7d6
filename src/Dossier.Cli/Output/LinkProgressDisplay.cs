using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// The live display of a <c>dossier links</c> run on a terminal: done/total, a bar, the time left, counts per verdict
/// and the hosts being checked. It appears only once the run has taken a second, so a cached or small run prints
/// nothing but its report, and it is cleared when the run ends.
/// </summary>
public static class LinkProgressDisplay
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Refresh = TimeSpan.FromMilliseconds(100);
    private const int HostsShown = 3;

    public static async Task<T> ShowWhileAsync<T>(IAnsiConsole console, LinkProgress progress, Task<T> run)
    {
        if (await Task.WhenAny(run, Task.Delay(Patience)).ConfigureAwait(false) == run)
        {
            return await run.ConfigureAwait(false);
        }

        await console.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                // One task, its description holding the counts and the hosts (a description is one line), then the bar and the time left.
                var urls = context.AddTask(Describe(progress), maxValue: Math.Max(1, progress.Total));
                while (!run.IsCompleted)
                {
                    urls.Value = progress.Done;
                    urls.Description = Describe(progress);
                    await Task.WhenAny(run, Task.Delay(Refresh)).ConfigureAwait(false);
                }

                urls.Value = progress.Done;
            })
            .ConfigureAwait(false);
        return await run.ConfigureAwait(false);
    }

    private static string Describe(LinkProgress progress)
    {
        var counts = progress.VerdictCounts();
        var busy = progress.BusyHosts();
        var more = busy.Count > HostsShown ? $" and {busy.Count - HostsShown} more" : "";
        var hosts = busy.Count == 0 ? "finishing" : $"checking {string.Join(", ", busy.Take(HostsShown))}{more}";
        return Markup.Escape($"{progress.Done}/{progress.Total} URLs" + (counts.Length > 0 ? $": {counts}" : "")) + $"; [grey]{Markup.Escape(hosts)}[/]";
    }
}
