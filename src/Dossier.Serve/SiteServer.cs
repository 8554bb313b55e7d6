using Dossier.Serve.Files;
using Dossier.Serve.Reload;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Dossier.Serve;

/// <summary>
/// Kestrel serving the built site, with no MVC, routing or logging: one request handler (<see cref="SiteRequests"/>).
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SiteFiles _files;

    private SiteServer(WebApplication app, SiteFiles files, SiteRequests requests, Uri address)
    {
        _app = app;
        _files = files;
        Requests = requests;
        Address = address;
    }

    /// <summary>Where the server listens (<c>http://127.0.0.1:5000/</c>), with the port it really got.</summary>
    public Uri Address { get; }

    public SiteRequests Requests { get; }

    /// <summary>Binds and starts listening; throws <see cref="IOException"/> when the port is taken, or a socket exception when the address is not this machine's.</summary>
    public static async Task<SiteServer> StartAsync(ServeOptions options, ServerEvents events, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(options.Address, options.Port);
        });
        var app = builder.Build();
        var files = new SiteFiles(options.OutputDirectory);
        var requests = new SiteRequests(files, events, app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        app.Run(requests.HandleAsync);
        await app.StartAsync(cancellationToken);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?? throw new InvalidOperationException("Kestrel reported no address");
        return new SiteServer(app, files, requests, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }

    /// <summary>Completes when the server is stopped (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> fires.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _files.Dispose();
    }
}
