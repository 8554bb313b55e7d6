using System.Net;
using Dossier.Links.Network;

namespace Dossier.Links.Checking;

/// <summary>
/// Builds the one <see cref="HttpClient"/> a run uses: no automatic redirects (we follow them ourselves so
/// every hop is checked), no proxy (the connect callback must see the real host), no cookies,
/// gzip/deflate/brotli decoding, the guarded connector, and the timeout as each request's (each attempt's) limit.
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

        var client = new HttpClient(sockets) { Timeout = options.Timeout };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }
}
