using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>
/// Soft 404s: a dead page a site hides behind a redirect to its home page, a section or a "not found" page, or answers
/// with 200 and a title or main heading saying it was not found. They are broken; a moved article stays a move.
/// </summary>
public sealed class SoftNotFoundTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Theory]
    [InlineData(301, "/", "soft 404: redirects to the site's home page ({0}/), not to the cited page")]
    [InlineData(302, "/", "soft 404: redirects to the site's home page ({0}/), not to the cited page")]
    [InlineData(302, "/ru/", "soft 404: redirects to the site's home page ({0}/ru/), not to the cited page")]
    [InlineData(301, "/404.html", "soft 404: redirects to a \"not found\" page ({0}/404.html)")]
    [InlineData(302, "/errors/not-found.aspx", "soft 404: redirects to a \"not found\" page ({0}/errors/not-found.aspx)")]
    [InlineData(302, "/Error.aspx?aspxerrorpath=/news/1", "soft 404: redirects to a \"not found\" page ({0}/Error.aspx?aspxerrorpath=/news/1)")]
    [InlineData(301, "/send/", "soft 404: redirects to a section page ({0}/send/), not to the cited page")]
    public async Task A_redirect_that_collapses_to_a_generic_page_is_broken(int code, string to, string reason)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/send/{code}/{_id}?to={Uri.EscapeDataString(to)}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, reason, server.Origin), result.Reason);
        Assert.Equal(200, result.Status);
        Assert.Equal(server.Url(to), result.FinalUrl);
        // Not a move to suggest: the cited page is gone.
        Assert.Null(result.SuggestedUrl);
    }

    [Fact]
    public async Task An_article_moved_to_another_article_path_is_still_redirected()
    {
        using var checker = new TestChecker();
        var moved = $"/articles/2024/{_id}-renamed";

        var permanent = await checker.CheckAsync(server.Url($"/send/301/{_id}?to={Uri.EscapeDataString(moved)}"));
        var temporary = await checker.CheckAsync(server.Url($"/send/302/{_id}-t?to={Uri.EscapeDataString(moved)}"));

        Assert.Equal(Verdict.Redirected, permanent.Verdict);
        Assert.Equal(server.Url(moved), permanent.SuggestedUrl);
        Assert.Equal(Verdict.Ok, temporary.Verdict);
        Assert.Equal(server.Url(moved), temporary.FinalUrl);
    }

    [Theory]
    [InlineData("amp")]
    [InlineData("print")]
    public async Task An_amp_or_print_view_that_now_leads_to_its_article_is_a_move_not_a_collapse(string view)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/story/{_id}/{view}"));

        Assert.Equal(Verdict.Redirected, result.Verdict);
        Assert.Equal(server.Url($"/story/{_id}"), result.SuggestedUrl);
    }

    [Fact]
    public async Task A_cited_home_page_that_answers_is_ok()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url("/"));

        Assert.Equal(Verdict.Ok, result.Verdict);
    }

    [Fact]
    public async Task A_200_whose_title_says_page_not_found_is_broken()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/soft-404/title/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal("soft 404: HTTP 200 OK, but the page's title says it was not found (\"Page not found – Example News\")", result.Reason);
        Assert.Equal(200, result.Status);
    }

    [Fact]
    public async Task A_200_whose_title_is_a_bare_404_is_broken()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/soft-404/bare-404/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal("soft 404: HTTP 200 OK, but the page's title says it was not found (\"404 | Example News\")", result.Reason);
    }

    [Fact]
    public async Task A_200_whose_main_heading_says_stranitsa_ne_naidena_is_broken_although_the_sites_logo_is_the_first_h1()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/soft-404/russian-heading/{_id}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.Equal("soft 404: HTTP 200 OK, but the page's main heading says it was not found (\"Страница не найдена\")", result.Reason);
    }

    [Theory]
    [InlineData("refresh-home", Verdict.Broken)]
    [InlineData("refresh-article", Verdict.Ok)]
    [InlineData("auto-reload", Verdict.Ok)]
    public async Task An_immediate_meta_refresh_to_the_home_page_is_broken_but_not_one_to_an_article_or_a_periodic_reload(string kind, Verdict verdict)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/soft-404/{kind}/{_id}"));

        Assert.True(verdict == result.Verdict, result.Reason);
        if (verdict == Verdict.Broken)
        {
            Assert.Equal($"soft 404: refreshes itself (<meta http-equiv=\"refresh\">) to the site's home page ({server.Url("/")}), not to the cited page", result.Reason);
        }
    }

    [Fact]
    public async Task A_page_read_only_for_its_headings_is_read_up_to_the_smaller_cap()
    {
        // The heading comes after 200 KB: seen under the default 1 MB cap, not under a 64 KB one.
        using var whole = new TestChecker();
        using var capped = new TestChecker(TestChecker.Options with { MaxHeadingBytes = 64 * 1024 });

        var read = await whole.CheckAsync(server.Url($"/soft-404/late-heading/{_id}"));
        var cut = await capped.CheckAsync(server.Url($"/soft-404/late-heading/{_id}"));

        Assert.Equal(Verdict.Broken, read.Verdict);
        Assert.Equal(Verdict.Ok, cut.Verdict);
    }

    [Fact]
    public async Task A_page_that_merely_mentions_404_and_page_not_found_is_ok()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/soft-404/article/{_id}"), "often see \"Page not found\" or a bare 404");

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Found, result.Quotes["often see \"Page not found\" or a bare 404"]);
    }

    [Fact]
    public async Task A_soft_404_behind_a_temporary_redirect_to_a_page_saying_not_found_is_broken()
    {
        using var checker = new TestChecker();
        var to = $"/soft-404/title/{_id}";

        var result = await checker.CheckAsync(server.Url($"/send/302/{_id}?to={Uri.EscapeDataString(to)}"));

        Assert.Equal(Verdict.Broken, result.Verdict);
        Assert.StartsWith("soft 404: HTTP 200 OK, but the page's title says", result.Reason, StringComparison.Ordinal);
        Assert.Equal(server.Url(to), result.FinalUrl);
    }
}
