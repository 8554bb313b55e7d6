using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>Each scripted behaviour of the test server, classified by the checker: verdict, reason and requests sent.</summary>
public sealed class VerdictTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task A_page_that_answers_200_is_ok_with_a_single_GET()
    {
        // GET, not HEAD: only the page's title and heading tell a live page from a "not found" page answered with 200.
        using var checker = new TestChecker();
        var path = $"/ok/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal("HTTP 200 OK", result.Reason);
        Assert.Equal(200, result.Status);
        Assert.Equal(1, server.Log.Count("GET", path));
        Assert.Equal(1, server.Log.Count(path));
        Assert.Equal(1, result.Requests);
    }

    [Fact]
    public async Task A_file_such_as_a_pdf_is_checked_with_a_single_HEAD()
    {
        using var checker = new TestChecker();
        var path = $"/pdf/{_id}.pdf";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(1, server.Log.Count("HEAD", path));
        Assert.Equal(1, server.Log.Count(path));
    }

    [Theory]
    [InlineData(404, "", "HTTP 404 Not Found", 1)]
    [InlineData(410, "", "HTTP 410 Gone", 1)]
    [InlineData(404, ".pdf", "HTTP 404 Not Found (HEAD answered 404; checked with GET)", 2)]
    [InlineData(410, ".pdf", "HTTP 410 Gone", 1)]
    public async Task Not_found_and_gone_are_broken(int code, string extension, string reason, int requests)
    {
        using var checker = new TestChecker();
        var path = $"/status/{code}/{_id}{extension}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal(reason, result.Reason);
        Assert.Equal(code, result.Status);
        // For a file asked with HEAD, a 404 may be a server answering HEAD wrongly, so GET confirms it; a 410 is believed at once.
        Assert.Equal(requests, server.Log.Count(path));
    }

    [Fact]
    public async Task A_server_refusing_HEAD_with_405_is_checked_with_GET()
    {
        using var checker = new TestChecker();
        var path = $"/head-405/{_id}.pdf";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal("HTTP 200 OK (HEAD answered 405; checked with GET)", result.Reason);
        Assert.Equal(1, server.Log.Count("HEAD", path));
        Assert.Equal(1, server.Log.Count("GET", path));
        Assert.Equal(2, result.Requests);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task A_permanent_redirect_is_reported_with_the_new_url(int code)
    {
        using var checker = new TestChecker();
        var path = $"/moved/{code}/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Redirected, result.Verdict);
        Assert.Equal(server.Url($"/ok/{_id}"), result.SuggestedUrl);
        Assert.Equal(server.Url($"/ok/{_id}"), result.FinalUrl);
        Assert.Equal($"moved permanently; now at {server.Url($"/ok/{_id}")}", result.Reason);
        Assert.Equal(1, server.Log.Count(path));
        Assert.Equal(1, server.Log.Count($"/ok/{_id}"));
    }

    [Theory]
    [InlineData(302)]
    [InlineData(307)]
    public async Task A_temporary_redirect_is_not_a_move(int code)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/moved/{code}/{_id}"));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Null(result.SuggestedUrl);
        Assert.Equal(server.Url($"/ok/{_id}"), result.FinalUrl);
    }

    [Fact]
    public async Task A_redirect_loop_is_broken_and_named()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/loop/a/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal($"redirect loop: {server.Url($"/loop/a/{_id}")} → {server.Url($"/loop/b/{_id}")} → {server.Url($"/loop/a/{_id}")}", result.Reason);
        Assert.Equal(1, server.Log.Count($"/loop/a/{_id}"));
        Assert.Equal(1, server.Log.Count($"/loop/b/{_id}"));
    }

    [Fact]
    public async Task A_chain_of_12_permanent_redirects_is_followed_to_its_end()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/chain/12/{_id}"));

        Assert.Equal(Verdict.Redirected, result.Verdict);
        Assert.Equal(server.Url($"/chain/0/{_id}"), result.SuggestedUrl);
        Assert.Equal(13, Enumerable.Range(0, 13).Sum(n => server.Log.Count($"/chain/{n}/{_id}")));
        Assert.Equal(13, result.Requests);
    }

    [Fact]
    public async Task A_chain_of_25_redirects_gives_up_after_20()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/chain/25/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal($"more than 20 redirects (gave up at {server.Url($"/chain/5/{_id}")})", result.Reason);
        Assert.Equal(21, Enumerable.Range(0, 26).Sum(n => server.Log.Count($"/chain/{n}/{_id}")));
        Assert.Equal(0, server.Log.Count($"/chain/4/{_id}"));
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_servers_Retry_After()
    {
        using var checker = new TestChecker();
        var path = $"/rate-limited/{_id}";
        var started = TimeProvider.System.GetTimestamp();

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(3, server.Log.Count(path));
        Assert.Equal(3, result.Requests);
        // Two waits of Retry-After: 1, not the 20 ms backoff the options would otherwise use.
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(6));
    }

    [Fact]
    public async Task A_passing_503_is_retried()
    {
        using var checker = new TestChecker();
        var path = $"/flaky/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(2, server.Log.Count(path));
    }

    [Fact]
    public async Task A_lasting_503_is_broken_after_the_retries()
    {
        using var checker = new TestChecker();
        var path = $"/status/503/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal("HTTP 503 Service Unavailable after 3 attempts", result.Reason);
        Assert.Equal(3, server.Log.Count(path));
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_a_timeout_after_retries()
    {
        using var checker = new TestChecker();
        var path = $"/slow/{_id}";
        var started = TimeProvider.System.GetTimestamp();

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Timeout, result.Verdict);
        Assert.Equal($"no answer from 127.0.0.1:{server.Port} within 0.4 s (3 attempts)", result.Reason);
        Assert.Equal(3, server.Log.Count(path));
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(3), "the checker waited for the slow answer");
    }

    [Fact]
    public async Task A_bot_wall_is_unverifiable_not_broken()
    {
        using var checker = new TestChecker();
        var path = $"/bot-wall/{_id}";

        var result = await checker.CheckAsync(server.Url(path));

        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Equal("HTTP 403 Forbidden: a bot challenge; the page is for browsers only — check it by hand", result.Reason);
        Assert.Equal(1, server.Log.Count("GET", path));
        Assert.Equal(1, server.Log.Count(path));
    }

    [Fact]
    public async Task A_plain_403_is_unverifiable()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/status/403/{_id}"));

        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Contains("the site refuses automated requests", result.Reason, StringComparison.Ordinal);
    }
}
