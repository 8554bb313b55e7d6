using System.Net;
using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>URLs that lead off the allowed hosts are refused before any connection, on the first hop and on every redirect.</summary>
public sealed class SecurityTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task A_redirect_to_another_loopback_address_is_blocked_and_never_connected_to()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/to-other-host/{_id}"));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(
            $"refused before connecting: 127.0.0.2 is a loopback address; pass --allow-host to check it (reached by redirect to http://127.0.0.2:{server.Port}/ok/{_id})",
            result.Reason);
        Assert.DoesNotContain(checker.Connections, endPoint => !endPoint.Address.Equals(IPAddress.Loopback));
        // The origin itself was connected to (more than once if an attempt was retried on a new connection).
        Assert.NotEmpty(checker.Connections);
        Assert.Equal(0, server.Log.Count($"/ok/{_id}"));
    }

    [Fact]
    public async Task A_redirect_to_the_metadata_address_is_blocked_even_if_allowed()
    {
        using var checker = new TestChecker(TestChecker.Options with { AllowHosts = ["127.0.0.1", "169.254.169.254"] });

        var result = await checker.CheckAsync(server.Url($"/to-metadata/{_id}"));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Contains("link-local address (cloud metadata lives there); it can never be allowed", result.Reason, StringComparison.Ordinal);
        Assert.All(checker.Connections, endPoint => Assert.Equal(IPAddress.Loopback, endPoint.Address));
    }

    [Fact]
    public async Task Loopback_is_refused_when_not_allowed()
    {
        using var checker = new TestChecker(TestChecker.Options with { AllowHosts = [] });

        var result = await checker.CheckAsync(server.Url($"/ok/{_id}"));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Empty(checker.Connections);
        Assert.Equal(0, server.Log.Count($"/ok/{_id}"));
    }

    [Fact]
    public async Task A_name_resolving_only_to_a_refused_address_is_blocked()
    {
        using var checker = new TestChecker(names: new Dictionary<string, IPAddress[]>
        {
            ["intranet.test"] = [IPAddress.Parse("10.0.0.1")],
        });

        var result = await checker.CheckAsync("http://intranet.test/admin");

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal("refused before connecting: intranet.test (10.0.0.1) is a private address; pass --allow-host to check it", result.Reason);
        Assert.Empty(checker.Connections);
    }

    [Fact]
    public async Task A_name_resolving_to_an_allowed_address_connects_only_there()
    {
        // Given a name that resolves to ::1 (not allowed) first and 127.0.0.1 (allowed) second
        using var checker = new TestChecker(names: new Dictionary<string, IPAddress[]>
        {
            ["site.test"] = [IPAddress.IPv6Loopback, IPAddress.Loopback],
        });

        // When
        var result = await checker.CheckAsync($"http://site.test:{server.Port}/ok/{_id}");

        // Then only the allowed address was connected to (more than once when a slow connection was retried, as on a
        // loaded machine), and the server saw the name in Host
        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.NotEmpty(checker.Connections);
        Assert.All(checker.Connections, connection => Assert.Equal(new IPEndPoint(IPAddress.Loopback, server.Port), connection));
        Assert.InRange(server.Log.Count($"/ok/{_id}"), 1, checker.Connections.Count);
    }

    [Fact]
    public async Task A_redirect_to_a_non_http_scheme_is_blocked()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/to-ftp/{_id}"));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal("redirects to a non-http URL (ftp:)", result.Reason);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Only_http_and_https_urls_are_checked(string url)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(url);

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal("only absolute http and https URLs are checked", result.Reason);
        Assert.Empty(checker.Connections);
    }

    [Fact]
    public async Task A_closed_port_is_broken_with_connection_refused()
    {
        using var checker = new TestChecker();
        var port = ClosedPort();

        var result = await checker.CheckAsync($"http://127.0.0.1:{port}/");

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal($"connection refused by 127.0.0.1:{port}", result.Reason);
        Assert.Equal(1, result.Requests);
    }

    [Fact]
    public async Task An_unresolvable_host_is_broken_with_a_DNS_failure_and_no_retries()
    {
        // The test resolver knows no names, as a machine without internet (or a lapsed domain) would answer.
        using var checker = new TestChecker();

        var result = await checker.CheckAsync("http://no-such-host.invalid/page");

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.StartsWith("DNS failure: no-such-host.invalid", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Requests);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
