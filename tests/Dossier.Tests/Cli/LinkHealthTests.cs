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

    [Fact]
    public void The_build_says_which_cache_it_showed_how_many_urls_and_how_old_the_newest_check_is()
    {
        // Given a cache of two URLs, the newer checked three days ago
        using var site = FixtureSite.Bundled();
        var newest = DateTimeOffset.UtcNow.AddDays(-3);
        var cache = WriteCache(site.Root, newest.AddDays(-2), newest);

        // When the site is built, then quietly
        var outcome = CliProcess.Run(null, "build", "--source", site.Root);
        var quiet = CliProcess.Run(null, "build", "--source", site.Root, "--quiet");

        // Then one line names the cache, its URLs and the newest check's day and age, before the summary; --quiet leaves it out
        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal($"Link health from {cache}: 2 URLs, newest check {newest.UtcDateTime:yyyy-MM-dd} (3 days ago).", lines[^2]);
        Assert.StartsWith("Built ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("link cache", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("Link health", quiet.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_cache_is_a_warning_and_under_github_actions_an_annotation_but_the_build_succeeds()
    {
        // Given a cache whose newest check is 30 days old
        using var site = FixtureSite.Bundled();
        var newest = DateTimeOffset.UtcNow.AddDays(-30);
        WriteCache(site.Root, newest);

        // When the site is built under GitHub Actions, quietly
        var outcome = CliProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "build", "--source", site.Root, "--quiet");

        // Then it succeeds, and the log warns (even when quiet) with the cache's age, as text and as an annotation
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"warning: the link cache is 30 days old: the site shows link health as of {newest.UtcDateTime:yyyy-MM-dd}", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("::warning title=Link cache::the link cache is 30 days old", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_cache_the_build_says_the_site_shows_no_link_health_and_notices_it_under_github_actions()
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "build", "--source", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        var cache = Path.Combine(site.Root, ".dossier/links.json");
        Assert.Contains($"No link cache at {cache}: the site shows no link health (`dossier links` makes one).", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains($"::notice title=Link cache::No link cache at {cache}: the site shows no link health.", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_cache_is_said_to_hold_no_checked_url()
    {
        using var site = FixtureSite.Bundled();
        var cache = WriteCache(site.Root);

        var outcome = CliProcess.Run(null, "build", "--source", site.Root);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"Link cache {cache} holds no checked URL: the site shows no link health (`dossier links` makes one).", outcome.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "version": 1, "entries": [ { "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00" } ] }""")]
    [InlineData("""{ "version": 1, "entries": [ { "url": "https://a.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00" }, { "url": "https://a.example/", "verdict": "ok", "checked_at": "2026-11-23T09:00:00+00:00" } ] }""")]
    [InlineData("""{ "version": 7, "entries": [] }""")]
    public void A_corrupt_cache_is_a_warning_and_an_annotation_and_the_site_builds_without_link_health(string json)
    {
        // Given a cache file that is not one the checker wrote (not JSON, an entry without a URL, a URL twice, another version)
        using var site = FixtureSite.Bundled();
        Directory.CreateDirectory(Path.Combine(site.Root, ".dossier"));
        File.WriteAllText(Path.Combine(site.Root, ".dossier", "links.json"), json);

        // When the site is built under GitHub Actions
        var outcome = CliProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "build", "--source", site.Root);

        // Then it succeeds with a warning, never a stack trace, and the home page says nothing of link health
        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("warning: the link cache was not read, so link health is not shown", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("::warning title=Link cache::the link cache was not read", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
        using var home = new HtmlParser().ParseDocument(site.ReadPage(""));
        Assert.Null(home.QuerySelector("#health-heading"));
    }

    private static string WriteCache(string root, params DateTimeOffset[] checks)
    {
        var path = Path.Combine(root, ".dossier", "links.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var entries = checks.Select((c, i) =>
            $$"""{ "url": "https://example.org/{{i}}", "verdict": "ok", "checked_at": "{{c.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)}}", "status": 200 }""");
        File.WriteAllText(path, $$"""{ "version": 1, "entries": [ {{string.Join(", ", entries)}} ] }""");
        return path;
    }
}
