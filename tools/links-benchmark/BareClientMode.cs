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
        var line = new ClientLine();
        var rounds = new Rounds(line.Began, options.Hosts * options.PerHost);
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

                    rounds.Completed();
                }
            }));
        }).ToList();
        await Task.WhenAll(workers);
        Console.WriteLine(line.Finish(urls.Length, $"{urls.Length - failed} ok", rounds));
        return failed == 0 ? 0 : 1;
    }
}
