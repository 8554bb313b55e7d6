using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dossier.Links.Tests.PageMetadata;

/// <summary>A real Kestrel server on 127.0.0.1 serving the <see cref="MetadataPages"/>, one path each, and counting requests.</summary>
public sealed class MetadataPageServer : IAsyncLifetime
{
    private WebApplication? _app;
    private int _requests;

    public int Port { get; private set; }

    public int Requests => Volatile.Read(ref _requests);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref _requests);
            await next(context);
        });
        foreach (var (path, html) in new[]
                 {
                     ("/highwire", MetadataPages.Highwire), ("/json-ld", MetadataPages.JsonLd), ("/opengraph", MetadataPages.OpenGraph),
                     ("/plain", MetadataPages.Plain), ("/everything", MetadataPages.Everything),
                 })
        {
            _app.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }

        _app.MapGet("/moved", () => Results.Redirect("/plain"));
        _app.MapGet("/report.pdf", () => Results.Bytes("%PDF-1.7"u8.ToArray(), "application/pdf"));
        _app.MapGet("/gone", () => Results.StatusCode(410));
        await _app.StartAsync();
        Port = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()).Port;
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
