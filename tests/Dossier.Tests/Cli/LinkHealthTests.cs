using AngleSharp.Html.Parser;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary>The site shows readers what the last link check found, read from the link checker's cache file.</summary>
public sealed class LinkHealthTests
{
    [Fact]
    public void The_bibliography_shows_each_sources_link_health_from_the_cache()
    {
        // Given a cache in which one source is dead (with an archived copy found), one moved, one verified with its quote
        using var site = FixtureSite.Bundled();
        var citation = Path.Combine(site.Root, "content", "citations", "diplomat-2015-abe-central-asia.md");
        File.WriteAllText(citation, File.ReadAllText(citation).Replace("accessed: 2024-12-31", "accessed: 2024-12-31\nquote: \"Abe pledged grants\"", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(site.Root, ".dossier"));
        File.WriteAllText(Path.Combine(site.Root, ".dossier", "links.json"), """
            {
              "version": 1,
              "entries": [
                { "url": "https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-declining-partner-or-key-player-event-7821", "verdict": "broken", "checked_at": "2026-11-20T06:00:00+00:00", "status": 404, "reason": "404 Not Found",
                  "archive_url": "https://web.archive.org/web/2022/https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-declining-partner-or-key-player-event-7821" },
                { "url": "https://thediplomat.com/2015/10/what-did-abe-accomplish-in-central-asia/", "verdict": "ok", "checked_at": "2026-11-21T06:00:00+00:00", "status": 200,
                  "quotes": [ { "text": "Abe pledged grants", "finding": "found" } ] },
                { "url": "https://www.mofa.go.jp/press/release/press4e_003200.html", "verdict": "redirected", "checked_at": "2026-11-22T06:00:00+00:00", "status": 301 }
              ]
            }
            """);

        // When the site is built
        var outcome = CliProcess.Run(null, "build", "--source", site.Root);

        // Then each entry says what the check found, and the dead one (recorded dead in its file too) offers its archived copy
        Assert.Equal(0, outcome.ExitCode);
        using var bibliography = new HtmlParser().ParseDocument(site.ReadPage("bibliography"));
        string Health(string id) => bibliography.GetElementById(id)!.QuerySelector(".link-health")?.TextContent.Trim() ?? "";
        Assert.Equal("Dead link: the page is gone (checked November 20, 2026). Archived copy", Health("carnegie-2022-japan-central-asia"));
        Assert.StartsWith("https://web.archive.org/web/2022/", bibliography.GetElementById("carnegie-2022-japan-central-asia")!
            .QuerySelector(".link-dead a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Link checked November 21, 2026; quote verified.", Health("diplomat-2015-abe-central-asia"));
        Assert.Equal("Link moved; checked November 22, 2026.", Health("mofa-japan-tajikistan-foreign-ministers"));
        Assert.Equal("", Health("jica-tajikistan-office"));

        // And the article's footnotes (and so their previews) say the same
        using var article = new HtmlParser().ParseDocument(site.ReadPage("articles/japan-central-asia-relations"));
        Assert.Equal("Dead link: the page is gone (checked November 20, 2026). Archived copy", article.QuerySelector("#cite-note-8 .link-health")!.TextContent.Trim());
        Assert.Null(article.QuerySelector("#cite-note-4 .link-health"));
        // And a note citing the source whose quote was verified says so next to it, dated, instead of "link checked"
        var verified = article.QuerySelector("li.note[data-sources='diplomat-2015-abe-central-asia'] .note-text")!;
        Assert.Contains("(source quote verified November 21, 2026)", verified.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-21", verified.QuerySelector(".link-ok time")!.GetAttribute("datetime"));
        Assert.DoesNotContain("Link checked", verified.TextContent, StringComparison.Ordinal);

        // And the home page sums the checks up
        using var home = new HtmlParser().ParseDocument(site.ReadPage(""));
        var summary = home.QuerySelectorAll("section[aria-labelledby=health-heading] .facts div")
            .Select(d => d.QuerySelector("dt")!.TextContent + ": " + d.QuerySelector("dd")!.TextContent);
        Assert.Equal(
            ["Links checked: 3 of 10 sources, last on November 22, 2026", "Working: 1", "Dead: 1", "Moved: 1", "Quotes verified: 1"],
            summary);
    }

    [Fact]
    public void Without_a_link_cache_the_home_page_says_nothing_of_link_health()
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "build", "--source", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        using var home = new HtmlParser().ParseDocument(site.ReadPage(""));
        Assert.Null(home.QuerySelector("#health-heading"));
        Assert.NotNull(home.QuerySelector("#timeline-heading"));
    }

    [Fact]
    public void An_unreadable_cache_is_a_warning_and_the_site_still_builds()
    {
        using var site = FixtureSite.Bundled();
        Directory.CreateDirectory(Path.Combine(site.Root, ".dossier"));
        File.WriteAllText(Path.Combine(site.Root, ".dossier", "links.json"), "{ not json");

        var outcome = CliProcess.Run(null, "build", "--source", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("warning: the link cache was not read", outcome.Stderr, StringComparison.Ordinal);
    }
}
