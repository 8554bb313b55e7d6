using System.Globalization;
using System.Text;

namespace Dossier.Links.Benchmark;

/// <summary>
/// <c>--mode serve</c>: the same local hosts, kept up for <c>--seconds</c>, with a dossier citing every URL written to
/// <c>--dossier DIR</c>, so the real <c>dossier links</c> command can be run (and watched) against them.
/// </summary>
public static class ServeMode
{
    public static async Task<int> RunAsync(Arguments options, int port, IReadOnlyList<string> urls)
    {
        var folder = options.Dossier ?? throw new ArgumentException("--mode serve needs --dossier DIR");
        WriteDossier(folder, urls);
        await using var hosts = new LocalHosts(options.Hosts, port, TimeSpan.FromMilliseconds(options.LatencyMs), urls);
        await hosts.StartAsync();
        await hosts.WarmUpAsync(options.PerHost, rounds: 4);
        var allow = string.Concat(Enumerable.Range(1, options.Hosts).Select(i => $" --allow-host 127.0.0.{i}"));
        Console.WriteLine($"serving {urls.Count} URLs on {options.Hosts} hosts ({options.LatencyMs} ms a page) for {options.Seconds} s; try:");
        Console.WriteLine($"  dossier links --source {folder} --per-host {options.PerHost} --concurrency {options.Concurrency}{allow}");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds));
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        Console.WriteLine($"stopped after {hosts.Requests} requests");
        return 0;
    }

    /// <summary>One citation per URL; its <c>url:</c> on line 6, as in the tests' dossiers.</summary>
    private static void WriteDossier(string folder, IReadOnlyList<string> urls)
    {
        var citations = Path.Combine(folder, "content", "citations");
        Directory.CreateDirectory(citations);
        File.WriteAllText(Path.Combine(folder, "dossier.yml"), "title: Links benchmark\n");
        for (var n = 0; n < urls.Count; n++)
        {
            var text = new StringBuilder()
                .Append("---\n")
                .Append(CultureInfo.InvariantCulture, $"title: \"Page {n}\"\n")
                .Append("type: web\n")
                .Append("publisher: \"Benchmark host\"\n")
                .Append("accessed: 2026-01-01\n")
                .Append(CultureInfo.InvariantCulture, $"url: \"{urls[n]}\"\n")
                .Append("---\n");
            File.WriteAllText(Path.Combine(citations, $"page-{n}.md"), text.ToString());
        }
    }
}
