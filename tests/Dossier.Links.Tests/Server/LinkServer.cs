using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dossier.Links.Tests.Server;

/// <summary>
/// A real Kestrel server on 127.0.0.1 (and only there) with one scripted behaviour per path.
/// Every path takes a trailing id so each test has its own state and its own request counts.
/// </summary>
public sealed class LinkServer : IAsyncDisposable, IAsyncLifetime
{
    private WebApplication? _app;

    public ServerLog Log { get; } = new();

    /// <summary>The pages served at <c>/editable/{id}</c>.</summary>
    public EditablePages Pages { get; } = new();

    public int Port { get; private set; }

    /// <summary>The server's base, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin => $"http://127.0.0.1:{Port}";

    public string Url(string path) => Origin + path;

    /// <summary>A fresh id for a test's paths.</summary>
    public static string NewId() => Guid.NewGuid().ToString("N")[..12];

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Log.Record(context.Request.Method, context.Request.Host.Value ?? "", context.Request.Path.Value ?? "");
            var cookie = context.Request.Headers.Cookie.ToString();
            Log.Record(new SeenRequest(context.Request.Method, context.Request.Host.Value ?? "",
                context.Features.Get<IHttpRequestFeature>()!.RawTarget, cookie.Length > 0 ? cookie : null));
            await next(context);
        });
        ScriptedEndpoints.Map(_app, Log, () => Port);
        ArchiveEndpoints.Map(_app, Pages, () => Port);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Port = new Uri(address).Port;
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
