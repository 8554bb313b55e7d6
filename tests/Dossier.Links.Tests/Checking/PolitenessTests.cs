using System.Net;
using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>The per-host limit, counted by the server, and one request per distinct URL.</summary>
public sealed class PolitenessTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task No_host_ever_sees_more_than_the_per_host_limit_while_hosts_run_in_parallel()
    {
        // Given 20 slow pages on each of two host names for the same server, and a timeout no loaded machine reaches
        // (a retry after a timeout would be a second request, and this test counts requests)
        using var checker = new TestChecker(TestChecker.Options with { Concurrency = 16, Timeout = TimeSpan.FromSeconds(10) }, new Dictionary<string, IPAddress[]>
        {
            ["second.test"] = [IPAddress.Loopback],
        });
        var urls = Enumerable.Range(0, 20)
            .SelectMany(n => new[] { server.Url($"/paced/{_id}/{n}"), $"http://second.test:{server.Port}/paced/{_id}/{n}" })
            .Select(url => new UrlToCheck(url))
            .ToList();

        // When
        var results = await checker.Checker.CheckAsync(urls, cancellationToken: TestContext.Current.CancellationToken);

        // Then each host saw at most two at once, and both hosts were busy at the same time
        Assert.All(results, r => Assert.Equal(Verdict.Ok, r.Verdict));
        Assert.Equal(2, server.Log.Peak($"{_id}@127.0.0.1"));
        Assert.Equal(2, server.Log.Peak($"{_id}@second.test"));
        Assert.InRange(server.Log.Peak(_id), 3, 4);
        Assert.Equal(40, server.Log.CountUnder($"/paced/{_id}/"));
    }

    [Fact]
    public async Task A_per_host_limit_of_one_is_strictly_sequential()
    {
        using var checker = new TestChecker(TestChecker.Options with { PerHost = 1 });
        var urls = Enumerable.Range(0, 8).Select(n => new UrlToCheck(server.Url($"/paced/{_id}/{n}"))).ToList();

        await checker.Checker.CheckAsync(urls, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, server.Log.Peak($"{_id}@127.0.0.1"));
    }

    [Fact]
    public async Task A_url_cited_several_times_is_requested_once_and_every_quote_is_checked()
    {
        using var checker = new TestChecker();
        var url = server.Url($"/article/{_id}");
        UrlToCheck[] urls =
        [
            new(url, new HashSet<string> { ScriptedPages.EnglishQuote }),
            new(url, new HashSet<string> { "absent words" }),
            new(url),
        ];

        var results = await checker.Checker.CheckAsync(urls, cancellationToken: TestContext.Current.CancellationToken);

        var result = Assert.Single(results);
        Assert.Equal(1, server.Log.Count($"/article/{_id}"));
        Assert.Equal(QuoteFinding.Found, result.Quotes[ScriptedPages.EnglishQuote]);
        Assert.Equal(QuoteFinding.Missing, result.Quotes["absent words"]);
    }

    [Fact]
    public async Task Progress_is_reported_once_per_url()
    {
        using var checker = new TestChecker();
        var reported = new List<string>();
        var urls = Enumerable.Range(0, 5).Select(n => new UrlToCheck(server.Url($"/ok/{_id}-{n}"))).ToList();

        await checker.Checker.CheckAsync(urls, new SynchronousProgress(r => { lock (reported) { reported.Add(r.Url); } }), TestContext.Current.CancellationToken);

        Assert.Equal(urls.Select(u => u.Url).Order(), reported.Order());
    }

    private sealed class SynchronousProgress(Action<LinkResult> report) : IProgress<LinkResult>
    {
        public void Report(LinkResult value) => report(value);
    }
}
