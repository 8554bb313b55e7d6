using System.Diagnostics;

namespace Dossier.Links.Benchmark;

/// <summary>
/// The floor on this machine: the same URLs fetched by a bare <see cref="HttpClient"/> — HEAD only, per-host workers,
/// no retries, no address checks, no verdicts — so the checker's own overhead can be told from the machine's.
/// </summary>
public static class BareClientMode
{
    public static async Task<int> RunAsync(Arguments options)
    {
        var urls = await File.ReadAllLinesAsync(options.UrlFile!);
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.PerHost, UseProxy = false });
        var started = Stopwatch.GetTimestamp();
        var failed = 0;
        var workers = urls.GroupBy(u => new Uri(u).Host).SelectMany(host =>
        {
            var queue = new Queue<string>(host);
            return Enumerable.Range(0, options.PerHost).Select(_ => Task.Run(async () =>
            {
                while (true)
                {
                    string? url;
                    lock (queue)
                    {
                        if (!queue.TryDequeue(out url))
                        {
                            return;
                        }
                    }

                    using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            }));
        }).ToList();
        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"checked {urls.Length} URLs in {elapsed.TotalSeconds:0.000} s: {urls.Length - failed} ok");
        return failed == 0 ? 0 : 1;
    }
}
