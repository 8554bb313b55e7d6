using System.Net;
using Dossier.Links.Network;
using Microsoft.Extensions.Http.Resilience;

namespace Dossier.Links.Checking;

/// <summary>
/// Builds the one <see cref="HttpClient"/> a run uses: no automatic redirects (we follow them ourselves so
/// every hop is checked), no proxy (the connect callback must see the real host), no cookies,
/// gzip/deflate/brotli decoding, the guarded connector, the retry pipeline and the attempt counter.
/// </summary>
internal static class CheckerHttpClient
{
    public static HttpClient Create(LinkCheckerOptions options, GuardedConnector connector)
    {
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = connector.ConnectAsync,
            ConnectTimeout = options.Timeout,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            MaxConnectionsPerServer = Math.Max(1, options.PerHost),
        };

        var handler = new ResilienceHandler(RetryPipeline.Create(options))
        {
            InnerHandler = new AttemptCounter { InnerHandler = sockets },
        };

        var client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }
}
