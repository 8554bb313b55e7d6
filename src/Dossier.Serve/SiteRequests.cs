using System.Text;
using Dossier.Serve.Files;
using Dossier.Serve.Reload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Dossier.Serve;

/// <summary>
/// Answers every request: the live-reload endpoints, then files of the built site. The site is served both at
/// <c>/</c> and under the path of its <c>base_url</c> (<c>/dossier/…</c>), because its pages link relatively but
/// its 404 page links from that path; <c>/</c> itself redirects there, so what the browser shows is the published address.
/// </summary>
public sealed class SiteRequests(SiteFiles files, ServerEvents events, CancellationToken stopping)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const string FallbackNotFound =
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Not found</title><body><h1>Not found</h1>" +
        "<p>There is no page here, and the site has no 404.html (it may not have built yet).</p></body></html>";

    private volatile string _rootPath = "/";

    /// <summary>The path the site is published under, from <c>base_url</c> (<c>/dossier/</c>); it changes when dossier.yml does.</summary>
    public string RootPath
    {
        get => _rootPath;
        set => _rootPath = value.Length > 0 && value[0] == '/' && value.EndsWith('/') ? value : "/";
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (path == ReloadScript.EventsPath)
        {
            await events.StreamAsync(context, stopping);
            return;
        }

        if (path == ReloadScript.ScriptPath)
        {
            await WriteAsync(context, StatusCodes.Status200OK, "text/javascript; charset=utf-8", Utf8.GetBytes(ReloadScript.Text));
            return;
        }

        if (!RequestPath.IsAcceptable(context.Features.Get<IHttpRequestFeature>()?.RawTarget, path))
        {
            await WriteAsync(context, StatusCodes.Status400BadRequest, "text/plain; charset=utf-8", Utf8.GetBytes("Bad request path.\n"));
            return;
        }

        var root = RootPath;
        if (root != "/" && (path == "/" || path == root.TrimEnd('/')))
        {
            response.Redirect(root + request.QueryString);
            return;
        }

        var sitePath = path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..] : path[1..];
        var found = await FindAsync(sitePath);
        switch (found.Kind)
        {
            case SiteFileKind.File:
                await ServeFileAsync(context, StatusCodes.Status200OK, found.FullPath!);
                return;
            case SiteFileKind.FolderWithoutSlash:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = path + "/" + request.QueryString;
                return;
            default:
                await NotFoundAsync(context);
                return;
        }
    }

    private async Task<SiteFile> FindAsync(string sitePath)
    {
        var found = files.Find(sitePath);
        // A rebuild swaps the new site in with two renames; between them the folder is briefly missing.
        for (var wait = 0; found.Kind == SiteFileKind.Missing && !files.RootExists && wait < 10; wait++)
        {
            await Task.Delay(20);
            found = files.Find(sitePath);
        }

        return found;
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        if (files.Find("404.html") is { Kind: SiteFileKind.File, FullPath: { } page })
        {
            await ServeFileAsync(context, StatusCodes.Status404NotFound, page);
            return;
        }

        await WriteAsync(context, StatusCodes.Status404NotFound, "text/html; charset=utf-8", Utf8.GetBytes(ReloadScript.InjectInto(FallbackNotFound)));
    }

    private async Task ServeFileAsync(HttpContext context, int status, string fullPath)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(fullPath, context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Swapped away by a rebuild between finding and reading it.
            await WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "text/plain; charset=utf-8", Utf8.GetBytes("The site is being rebuilt; reload.\n"));
            return;
        }

        if (ContentTypes.IsHtml(fullPath))
        {
            bytes = Utf8.GetBytes(ReloadScript.InjectInto(Utf8.GetString(bytes)));
        }

        await WriteAsync(context, status, ContentTypes.Of(fullPath), bytes);
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        // A preview: always the latest build, never a cached one.
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
