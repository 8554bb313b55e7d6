using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Dossier.Links.Checking;

namespace Dossier.Links.Tests.Checking;

/// <summary>A checker with short timeouts and delays, allowing 127.0.0.1 and nothing else, that records every connection it opens.</summary>
public sealed class TestChecker : IDisposable
{
    public static LinkCheckerOptions Options { get; } = new()
    {
        Concurrency = 8,
        PerHost = 2,
        Timeout = TimeSpan.FromMilliseconds(400),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryAfterCap = TimeSpan.FromSeconds(2),
        AllowHosts = ["127.0.0.1"],
        UserAgent = "Dossier-links-tests",
        WaybackEndpoint = null,
    };

    /// <param name="options">Defaults to <see cref="Options"/>.</param>
    /// <param name="names">
    /// The only host names that resolve, so no test ever asks a real DNS server (the resolver is off loopback);
    /// any other name fails as an unknown host does.
    /// </param>
    public TestChecker(LinkCheckerOptions? options = null, IReadOnlyDictionary<string, IPAddress[]>? names = null)
    {
        Checker = new LinkChecker(options ?? Options, TimeProvider.System, Connections.Enqueue, Resolve);

        Task<IPAddress[]> Resolve(string host, CancellationToken cancellationToken) =>
            names is not null && names.TryGetValue(host, out var addresses)
                ? Task.FromResult(addresses)
                : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }

    public LinkChecker Checker { get; }

    /// <summary>Every endpoint a TCP connection was attempted to.</summary>
    public ConcurrentQueue<IPEndPoint> Connections { get; } = new();

    public async Task<LinkResult> CheckAsync(string url, params string[] quotes)
    {
        var results = await Checker.CheckAsync([new UrlToCheck(url, quotes.ToHashSet())], cancellationToken: TestContext.Current.CancellationToken);
        return Assert.Single(results);
    }

    public void Dispose() => Checker.Dispose();
}
