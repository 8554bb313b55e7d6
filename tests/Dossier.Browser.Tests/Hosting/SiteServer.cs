using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Dossier.Browser.Tests.Hosting;

/// <summary>
/// Serves a built site with Kestrel on 127.0.0.1 (a free port) under a sub-path, as GitHub Pages serves a project
/// site: folders by their index.html, and 404.html with status 404 for any missing address.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    /// <summary>The sub-path of the bundled dossier's <c>base_url</c>, so the 404 page's links resolve too.</summary>
    public const string SubPath = "/dossier";

    private readonly WebApplication _app;

    private SiteServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's address, ending with a slash: <c>http://127.0.0.1:PORT/dossier/</c>.</summary>
    public string BaseUrl { get; }

    public static async Task<SiteServer> StartAsync(string siteFolder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(siteFolder);
        app.Map(SubPath, site =>
        {
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
            site.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SiteServer(app, address.TrimEnd('/') + SubPath + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
