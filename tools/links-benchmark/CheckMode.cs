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
        var line = new ClientLine();
        var rounds = new Rounds(line.Began, options.Hosts * options.PerHost);
        var results = await checker.CheckAsync(urls, new Progress(rounds));
        var ok = results.Count(r => r.Verdict == Verdict.Ok);
        Console.WriteLine(line.Finish(results.Count, $"{ok} ok, {results.Sum(r => r.Requests)} requests", rounds));
        return ok == results.Count ? 0 : 1;
    }

    /// <summary>Called on the checker's own threads (not posted elsewhere as <see cref="Progress{T}"/> would).</summary>
    private sealed class Progress(Rounds rounds) : IProgress<LinkResult>
    {
        public void Report(LinkResult value) => rounds.Completed();
    }
}
