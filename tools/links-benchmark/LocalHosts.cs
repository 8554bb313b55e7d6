using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dossier.Links.Benchmark;

/// <summary>
/// Kestrel listening on 127.0.0.1 … 127.0.0.N (all loopback on Linux), answering every page after a fixed
/// latency, counting requests, the most in flight per host and how long pages were really held.
/// 127.0.0.1 also serves /index.html listing every URL, for crawlers such as linkinator that start from a page.
/// </summary>
public sealed class LocalHosts(int hosts, int port, TimeSpan latency, IReadOnlyList<string> urls) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentDictionary<string, int> _peak = new();
    private readonly PreciseDelay _delay = new(latency);
    private WebApplication? _app;
    private int _requests;
    private long _heldTicks;
    private long _firstArrival;

    public int Requests => _requests;

    public int PeakPerHost => _peak.Values.DefaultIfEmpty(0).Max();

    /// <summary>How long a page was held on average, from the handler's start to the end of its wait.</summary>
    public TimeSpan MeanLatency => _requests == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _heldTicks) / _requests);

    /// <summary>When the first request since the last <see cref="Reset"/> reached a host (a <see cref="Stopwatch"/> timestamp), or 0.</summary>
    public long FirstArrival => Interlocked.Read(ref _firstArrival);

    public void Reset()
    {
        Interlocked.Exchange(ref _firstArrival, 0);
        Interlocked.Exchange(ref _requests, 0);
        Interlocked.Exchange(ref _heldTicks, 0);
        _peak.Clear();
    }

    public async Task StartAsync()
    {
        // The empty builder: no configuration files watched, no logging, no routing — the hosts should spend
        // as little of the machine's CPU as they can, since the client being measured shares it.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            for (var i = 1; i <= hosts; i++)
            {
                kestrel.Listen(IPAddress.Parse($"127.0.0.{i}"), port);
            }
        });
        _app = builder.Build();
        var index = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(urls.Select(u => $"<a href=\"{u}\">{u}</a>\n")) + "</body></html>");
        var page = "<html><body><p>page</p></body></html>"u8.ToArray();
        _app.Run(async context =>
        {
            var request = context.Request;
            if (request.Path == "/index.html")
            {
                await Answer(context.Response, index);
                return;
            }

            if (!request.Path.StartsWithSegments("/page") || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            Interlocked.Increment(ref _requests);
            var host = context.Connection.LocalIpAddress?.ToString() ?? "";
            var now = _inFlight.AddOrUpdate(host, 1, (_, n) => n + 1);
            _peak.AddOrUpdate(host, now, (_, peak) => Math.Max(peak, now));
            var arrived = Stopwatch.GetTimestamp();
            Interlocked.CompareExchange(ref _firstArrival, arrived, 0);
            try
            {
                await _delay.WaitAsync().WaitAsync(context.RequestAborted);
            }
            finally
            {
                Interlocked.Add(ref _heldTicks, Stopwatch.GetTimestamp() - arrived);
                _inFlight.AddOrUpdate(host, 0, (_, n) => n - 1);
            }

            await Answer(context.Response, page);
        });
        await _app.StartAsync();
    }

    private static Task Answer(HttpResponse response, byte[] body)
    {
        response.ContentType = "text/html";
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(response.HttpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>
    /// Sends HEAD and GET requests to every host, <paramref name="rounds"/> on each of <paramref name="perHost"/>
    /// connections, and fetches the index, so the hosts' code is compiled (once: tiered compilation is off, see the
    /// project file) before any client is measured. Counters are reset.
    /// </summary>
    public async Task WarmUpAsync(int perHost, int rounds)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = perHost });
        await client.GetStringAsync($"http://127.0.0.1:{port}/index.html");
        var connections = Enumerable.Range(1, hosts).SelectMany(host => Enumerable.Range(0, perHost).Select(slot => Task.Run(async () =>
        {
            for (var round = 0; round < rounds; round++)
            {
                var method = round % 2 == 0 ? HttpMethod.Head : HttpMethod.Get;
                using var request = new HttpRequestMessage(method, $"http://127.0.0.{host}:{port}/page/warm-up-{slot}-{round}");
                using var response = await client.SendAsync(request);
                response.EnsureSuccessStatusCode();
            }
        })));
        await Task.WhenAll(connections);
        // Lets the warm-up's connections close before anything is measured.
        await Task.Delay(TimeSpan.FromMilliseconds(200));
        Reset();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _delay.Dispose();
    }
}
