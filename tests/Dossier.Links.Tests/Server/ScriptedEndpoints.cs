using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dossier.Links.Tests.Server;

/// <summary>One path per behaviour the link checker must classify, as listed in the issue.</summary>
public static class ScriptedEndpoints
{
    private static readonly string[] GetAndHead = ["GET", "HEAD"];

    static ScriptedEndpoints()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static void Map(WebApplication app, ServerLog log, Func<int> port)
    {
        app.MapMethods("/ok/{id}", GetAndHead, () => Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8"));
        app.MapMethods("/status/{code:int}/{id}", GetAndHead, (int code) => Results.StatusCode(code));
        app.MapMethods("/head-405/{id}", GetAndHead, (HttpContext context) =>
            HttpMethods.IsHead(context.Request.Method) ? Results.StatusCode(405) : Results.Content("<p>fine</p>", "text/html"));
        app.MapMethods("/moved/{code:int}/{id}", GetAndHead, (HttpContext context, int code, string id) =>
            Redirect(context, code, $"/ok/{id}"));
        app.MapMethods("/loop/{side}/{id}", GetAndHead, (HttpContext context, string side, string id) =>
            Redirect(context, 301, $"/loop/{(side == "a" ? "b" : "a")}/{id}"));
        app.MapMethods("/chain/{left:int}/{id}", GetAndHead, (HttpContext context, int left, string id) =>
            left > 0 ? Redirect(context, left % 2 == 0 ? 301 : 308, $"/chain/{left - 1}/{id}") : Results.Content("<p>end of chain</p>", "text/html"));
        app.MapMethods("/rate-limited/{id}", GetAndHead, (HttpContext context) =>
        {
            if (log.Count(context.Request.Path) <= 2)
            {
                context.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }

            return Results.Content("<p>finally</p>", "text/html");
        });
        app.MapMethods("/flaky/{id}", GetAndHead, (HttpContext context) =>
            log.Count(context.Request.Path) <= 1 ? Results.StatusCode(503) : Results.Content("<p>back</p>", "text/html"));
        app.MapMethods("/slow/{id}", GetAndHead, async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted);
            return Results.Content("<p>too late</p>", "text/html");
        });
        app.MapMethods("/bot-wall/{id}", GetAndHead, (HttpContext context) =>
        {
            context.Response.Headers["cf-mitigated"] = "challenge";
            context.Response.Headers.Server = "cloudflare";
            return Results.Content("<title>Just a moment...</title>", "text/html", statusCode: 403);
        });
        app.MapMethods("/article/{id}", GetAndHead, () => Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8"));
        app.MapMethods("/russian/{id}", GetAndHead, () =>
            Results.Bytes(Encoding.GetEncoding(1251).GetBytes(ScriptedPages.RussianHtml), "text/html; charset=windows-1251"));
        app.MapMethods("/russian-meta/{id}", GetAndHead, () =>
            Results.Bytes(Encoding.GetEncoding(1251).GetBytes(ScriptedPages.RussianHtml.Replace("<head>", "<head><meta charset=\"windows-1251\">")), "text/html"));
        app.MapMethods("/gzip/{id}", GetAndHead, async (HttpContext context) =>
        {
            if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.Ordinal))
            {
                return Results.StatusCode(406);
            }

            using var compressed = new MemoryStream();
            await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(ScriptedPages.EnglishHtml));
            }

            context.Response.Headers.ContentEncoding = "gzip";
            return Results.Bytes(compressed.ToArray(), "text/html; charset=utf-8");
        });
        app.MapMethods("/huge/{id}", GetAndHead, async (HttpContext context) =>
        {
            // 20 MB of filler, then the quote: a checker that honours its 5 MB cap never sees it.
            context.Response.ContentType = "text/html; charset=utf-8";
            var filler = Encoding.UTF8.GetBytes("<p>" + new string('x', 1020) + "</p>\n");
            try
            {
                await context.Response.WriteAsync("<html><body>");
                for (var i = 0; i < 20 * 1024 && !context.RequestAborted.IsCancellationRequested; i++)
                {
                    await context.Response.Body.WriteAsync(filler, context.RequestAborted);
                }

                await context.Response.WriteAsync($"<p>{ScriptedPages.EnglishQuote}</p></body></html>", context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The checker stopped reading at its cap and went away: that is the point.
            }
        });
        app.MapMethods("/to-other-host/{id}", GetAndHead, (HttpContext context, string id) =>
            Redirect(context, 302, $"http://127.0.0.2:{port()}/ok/{id}"));
        app.MapMethods("/to-metadata/{id}", GetAndHead, (HttpContext context) =>
            Redirect(context, 301, "http://169.254.169.254/latest/meta-data/"));
        app.MapMethods("/to-ftp/{id}", GetAndHead, (HttpContext context) => Redirect(context, 301, "ftp://127.0.0.1/file"));
        app.MapMethods("/pdf/{id}", GetAndHead, () => Results.Bytes("%PDF-1.4 fake"u8.ToArray(), "application/pdf"));
        app.MapMethods("/paced/{group}/{n}", GetAndHead, async (HttpContext context, string group) =>
        {
            // Counted while the handler waits, and released before the response is written, so the server
            // never over-counts a request the client already has an answer to.
            var key = $"{group}@{context.Request.Host.Host}";
            log.Enter(key);
            log.Enter(group);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(60), context.RequestAborted);
            }
            finally
            {
                log.Leave(group);
                log.Leave(key);
            }

            return Results.Content("<p>paced</p>", "text/html");
        });
        app.MapMethods("/cookie-gate/{code:int}/{id}", GetAndHead, (HttpContext context, int code, string id) =>
        {
            // A news site's consent or session gate: no cookie, no page; set one and send the browser back here.
            if (context.Request.Cookies["visitor"] == $"s3cret-{id}")
            {
                return Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8");
            }

            context.Response.Headers.SetCookie = $"visitor=s3cret-{id}; Path=/; HttpOnly";
            return Redirect(context, code, context.Request.Path);
        });
        app.MapMethods("/consent-gate/{id}", GetAndHead, (HttpContext context, string id) =>
            context.Request.Cookies["consent"] == id
                ? Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8")
                : Redirect(context, 301, $"/consent/{id}"));
        app.MapMethods("/consent/{id}", GetAndHead, (HttpContext context, string id) =>
        {
            context.Response.Headers.SetCookie = $"consent={id}; Path=/";
            return Redirect(context, 302, $"/consent-gate/{id}");
        });
        app.MapMethods("/cookie-to-other-host/{id}", GetAndHead, (HttpContext context, string id) =>
        {
            context.Response.Headers.SetCookie = $"visitor=s3cret-{id}; Path=/";
            return Redirect(context, 302, $"http://second.test:{port()}/ok/{id}-there");
        });
        app.MapMethods("/send/{code:int}/{id}", GetAndHead, (HttpContext context, int code, string to) => Redirect(context, code, to));
        foreach (var landing in (string[])["/", "/ru/", "/send/", "/404.html", "/errors/not-found.aspx", "/Error.aspx"])
        {
            // Where dead articles are sent: a live page with nothing about "not found" in it, so only the path can tell.
            app.MapMethods(landing, GetAndHead, () => Results.Content(ScriptedPages.HomeHtml, "text/html; charset=utf-8"));
        }

        app.MapMethods("/story/{id}/{view}", GetAndHead, (HttpContext context, string id) => Redirect(context, 301, $"/story/{id}"));
        app.MapMethods("/story/{id}", GetAndHead, () => Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8"));
        app.MapMethods("/articles/{year:int}/{slug}", GetAndHead, () => Results.Content(ScriptedPages.EnglishHtml, "text/html; charset=utf-8"));
        app.MapMethods("/soft-404/{kind}/{id}", GetAndHead, (string kind) => Results.Content(kind switch
        {
            "title" => "<html><head><title>Page not found – Example News</title></head><body><h1>Sorry!</h1><p>Try the search.</p></body></html>",
            "russian-heading" => "<html><head><title>Новости</title></head><body><header><h1>Информационное агентство</h1></header>"
                + "<main><h1>Страница не найдена</h1><p>Воспользуйтесь поиском.</p></main></body></html>",
            "bare-404" => "<html><head><title>404 | Example News</title></head><body><p>Gone.</p></body></html>",
            "refresh-home" => "<html><head><meta http-equiv=\"Refresh\" content=\"0; URL='/'\"><title>Redirecting</title></head><body></body></html>",
            "refresh-article" => "<html><head><meta http-equiv=\"refresh\" content=\"0;url=/articles/2024/new\"><title>Redirecting</title></head><body></body></html>",
            "late-heading" => "<html><head><title>Example News</title></head><body><p>" + new string('x', 200 * 1024)
                + "</p><h1>Page not found</h1></body></html>",
            "auto-reload" => ScriptedPages.HomeHtml.Replace("<head>", "<head><meta http-equiv=\"refresh\" content=\"300; url=/\">", StringComparison.Ordinal),
            _ => ScriptedPages.MentionsNotFoundHtml,
        }, "text/html; charset=utf-8"));
        app.MapGet("/wayback/available", (HttpContext context, string url) =>
        {
            var snapshot = $"http://127.0.0.1:{port()}/web/20220301000000/{url}";
            object snapshots = url.Contains("never-archived", StringComparison.Ordinal)
                ? new { }
                : new { closest = new { status = "200", available = true, url = snapshot, timestamp = "20220301000000" } };
            var body = System.Text.Json.JsonSerializer.Serialize(new { url, archived_snapshots = snapshots });
            return Results.Content(body, "application/json");
        });
    }

    private static IResult Redirect(HttpContext context, int code, string location)
    {
        context.Response.Headers.Location = location;
        return Results.StatusCode(code);
    }
}
