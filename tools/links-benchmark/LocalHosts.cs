using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dossier.Links.Benchmark;

/// <summary>
/// Kestrel listening on 127.0.0.1 … 127.0.0.N (all loopback on Linux), answering every page after a fixed
/// latency, counting requests and the most in flight per host. 127.0.0.1 also serves /index.html listing
/// every URL, for crawlers such as linkinator that start from a page.
/// </summary>
public sealed class LocalHosts(int hosts, int port, TimeSpan latency, IReadOnlyList<string> urls) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _peak = new();
    private WebApplication? _app;
    private int _requests;

    public int Requests => _requests;

    public int PeakPerHost => _peak.Values.DefaultIfEmpty(0).Max();

    public void Reset()
    {
        Interlocked.Exchange(ref _requests, 0);
        _peak.Clear();
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            for (var i = 1; i <= hosts; i++)
            {
                kestrel.Listen(IPAddress.Parse($"127.0.0.{i}"), port);
            }
        });
        _app = builder.Build();
        var index = "<html><body>" + string.Concat(urls.Select(u => $"<a href=\"{u}\">{u}</a>\n")) + "</body></html>";
        _app.MapGet("/index.html", () => Results.Content(index, "text/html"));
        _app.MapMethods("/page/{n}", ["GET", "HEAD"], async (HttpContext context) =>
        {
            Interlocked.Increment(ref _requests);
            var host = context.Connection.LocalIpAddress?.ToString() ?? "";
            var now = _inFlight.AddOrUpdate(host, 1, (_, n) => n + 1);
            _peak.AddOrUpdate(host, now, (_, peak) => Math.Max(peak, now));
            try
            {
                await Task.Delay(latency, context.RequestAborted);
            }
            finally
            {
                _inFlight.AddOrUpdate(host, 0, (_, n) => n - 1);
            }

            return Results.Content("<html><body><p>page</p></body></html>", "text/html");
        });
        await _app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
