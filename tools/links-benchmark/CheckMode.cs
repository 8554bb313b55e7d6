using System.Diagnostics;
using Dossier.Links.Checking;

namespace Dossier.Links.Benchmark;

/// <summary>The measured side: the link checker alone in its own process, allowing exactly the benchmark's hosts.</summary>
public static class CheckMode
{
    public static async Task<int> RunAsync(Arguments options)
    {
        var urls = (await File.ReadAllLinesAsync(options.UrlFile!)).Select(u => new UrlToCheck(u)).ToList();
        var checkerOptions = new LinkCheckerOptions
        {
            Concurrency = options.Concurrency,
            PerHost = options.PerHost,
            Timeout = TimeSpan.FromSeconds(20),
            AllowHosts = Enumerable.Range(1, options.Hosts).Select(i => $"127.0.0.{i}").ToList(),
            WaybackEndpoint = null,
        };
        using var checker = new LinkChecker(checkerOptions, TimeProvider.System);
        var started = Stopwatch.GetTimestamp();
        var results = await checker.CheckAsync(urls);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var ok = results.Count(r => r.Verdict == Verdict.Ok);
        Console.WriteLine($"checked {results.Count} URLs in {elapsed.TotalSeconds:0.000} s: {ok} ok, {results.Sum(r => r.Requests)} requests");
        return ok == results.Count ? 0 : 1;
    }
}
