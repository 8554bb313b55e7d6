using System.Net;
using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>A cookie jar per check: gates that set a cookie and redirect to the same URL pass; nothing leaks to other hosts, checks or the cache.</summary>
public sealed class CookieTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Theory]
    [InlineData(302)]
    [InlineData(301)]
    public async Task A_cookie_set_before_a_redirect_to_the_same_url_is_sent_back_and_the_page_is_ok(int code)
    {
        using var checker = new TestChecker();
        var path = $"/cookie-gate/{code}/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal("HTTP 200 OK", result.Reason);
        // Back where it started: nothing moved, so there is neither a final URL nor a suggestion.
        Assert.Null(result.FinalUrl);
        Assert.Null(result.SuggestedUrl);
        var seen = server.Log.SeenUnder(path);
        Assert.Null(seen[0].Cookie);
        Assert.Equal($"visitor=s3cret-{_id}", seen[^1].Cookie);
    }

    [Fact]
    public async Task A_permanent_redirect_to_a_consent_page_that_sends_back_to_the_cited_url_is_no_move()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/consent-gate/{_id}"));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Null(result.SuggestedUrl);
        Assert.Null(result.FinalUrl);
    }

    [Fact]
    public async Task A_real_loop_is_still_a_loop()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/loop/a/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.StartsWith("redirect loop: ", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cookies_are_not_carried_to_another_check_on_the_same_host()
    {
        using var checker = new TestChecker(TestChecker.Options with { PerHost = 1, Concurrency = 1 });

        // One run checking both, then a second run: neither other check sends the gate's cookie.
        await checker.Checker.CheckAsync(
            [new UrlToCheck(server.Url($"/cookie-gate/302/{_id}")), new UrlToCheck(server.Url($"/ok/{_id}-next"))],
            cancellationToken: TestContext.Current.CancellationToken);
        var again = await checker.CheckAsync(server.Url($"/cookie-gate/302/{_id}"));

        Assert.Equal(Verdict.Ok, again.Verdict);
        Assert.All(server.Log.SeenUnder($"/ok/{_id}-next"), r => Assert.Null(r.Cookie));
        // The second check of the gate started without a cookie too, and was let in after one redirect.
        var gate = server.Log.SeenUnder($"/cookie-gate/302/{_id}");
        Assert.Equal(2, gate.Count(r => r.Cookie is null));
    }

    [Fact]
    public async Task Cookies_are_not_sent_to_another_host_the_redirect_leads_to()
    {
        using var checker = new TestChecker(names: new Dictionary<string, IPAddress[]> { ["second.test"] = [IPAddress.Loopback] });

        var result = await checker.CheckAsync(server.Url($"/cookie-to-other-host/{_id}"));

        Assert.Equal(Verdict.Ok, result.Verdict);
        var there = Assert.Single(server.Log.SeenUnder($"/ok/{_id}-there"));
        Assert.StartsWith("second.test:", there.Host, StringComparison.Ordinal);
        Assert.Null(there.Cookie);
    }

    [Fact]
    public async Task Cookies_are_never_written_to_the_cache()
    {
        using var checker = new TestChecker();
        var result = await checker.CheckAsync(server.Url($"/cookie-gate/302/{_id}"));
        var path = Path.Combine(Path.GetTempPath(), $"links-{Guid.NewGuid():N}.json");

        try
        {
            LinkCache.Empty.With([result]).Save(path);

            Assert.Equal(Verdict.Ok, LinkCache.Load(path).Entries[result.Url].Verdict);
            Assert.DoesNotContain("s3cret", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.DoesNotContain("visitor", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
