using System.Net;

namespace Dossier.Tests.Serve;

/// <summary>
/// <c>dossier serve</c> as a browser meets it: one real server process on a copy of the bundled dossier,
/// shared by these read-only tests.
/// </summary>
[Collection(ServedSiteCollection.Name)]
public sealed class ServeTests(ServedSite served)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string Country = "dossier/countries/kazakhstan/";

    [Fact]
    public async Task It_listens_on_loopback_and_sends_the_root_to_the_base_url_path()
    {
        // Given the server of the bundled dossier (base_url https://dossier-project.github.io/dossier/)
        // When the root is asked for
        using var root = await served.Client.GetAsync(served.Origin, Cancel);

        // Then it answered on 127.0.0.1 and redirects to the published path, where the home page is
        Assert.Equal("127.0.0.1", served.Url.Host);
        Assert.Equal("/dossier/", served.Url.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/dossier/", root.Headers.Location?.OriginalString);
        using var home = await served.Client.GetAsync(served.Url, Cancel);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Pages_get_the_reload_script_but_the_files_on_disk_do_not()
    {
        // When a page is served
        using var response = await served.Client.GetAsync(new Uri(served.Origin, Country), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        // Then it carries the script, once, before </body>, and the built file does not
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<script src=\"/_dossier/reload.js\" defer></script></body>", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "_dossier/reload.js"));
        var onDisk = served.Site.ReadPage("countries/kazakhstan");
        Assert.DoesNotContain("_dossier", onDisk, StringComparison.Ordinal);
        Assert.DoesNotContain("_dossier", await File.ReadAllTextAsync(Path.Combine(served.Site.Output, "404.html"), Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_page_is_served_at_the_root_too_and_a_folder_without_its_slash_is_redirected()
    {
        using var atRoot = await served.Client.GetAsync(new Uri(served.Origin, "countries/kazakhstan/"), Cancel);
        using var withoutSlash = await served.Client.GetAsync(new Uri(served.Origin, "dossier/countries/kazakhstan"), Cancel);

        Assert.Equal(HttpStatusCode.OK, atRoot.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.Equal("/dossier/countries/kazakhstan/", withoutSlash.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("dossier/assets/site.css", "text/css")]
    [InlineData("assets/dossier.js", "text/javascript")]
    [InlineData("dossier/search/index.js", "text/javascript")]
    [InlineData("_dossier/reload.js", "text/javascript")]
    public async Task Files_are_served_with_their_content_type(string path, string type)
    {
        using var response = await served.Client.GetAsync(new Uri(served.Origin, path), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        if (!path.StartsWith("_dossier", StringComparison.Ordinal))
        {
            var file = Path.Combine(served.Site.Output, path.Replace("dossier/", "", StringComparison.Ordinal));
            Assert.Equal(await File.ReadAllBytesAsync(file, Cancel), await response.Content.ReadAsByteArrayAsync(Cancel));
        }
    }

    [Theory]
    [InlineData("dossier/no/such/page/")]
    [InlineData("nothing-here.html")]
    [InlineData("dossier/assets/")]
    [InlineData("dossier/countries/kazakhstan/index.htm")]
    public async Task A_miss_gets_the_sites_404_page_with_status_404_and_no_folder_is_listed(string path)
    {
        using var response = await served.Client.GetAsync(new Uri(served.Origin, path), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", html, StringComparison.Ordinal);
        Assert.Contains("/_dossier/reload.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await served.Client.PostAsync(new Uri(served.Origin, Country), new StringContent("x"), Cancel);
        using var head = await served.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(served.Origin, Country)), Cancel);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }
}
