using System.Text.Json;
using System.Xml.Linq;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.EndToEnd;

/// <summary>The files beside the pages: search index, Atom feed, sitemap, robots.txt; the same bytes on every build.</summary>
public sealed class SiteFilesTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly FixtureSite _site = FixtureSite.Named("small");

    [Fact]
    public void Building_twice_at_different_times_writes_the_same_files()
    {
        // Given the fixture built on two different days
        Assert.True(_site.Build(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Succeeded);
        var first = Snapshot();
        Assert.True(_site.Build(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero)).Succeeded);

        // Then every file is byte for byte the same: no build time anywhere
        Assert.Equal(first, Snapshot());
    }

    [Fact]
    public void The_atom_feed_lists_each_article_with_its_own_dates_and_absolute_links()
    {
        Assert.True(_site.Build().Succeeded);
        var feed = XDocument.Load(Path.Combine(_site.Output, "feed.xml")).Root!;

        Assert.Equal("Small Fixture", feed.Element(Atom + "title")!.Value);
        Assert.Equal("2025-03-01T00:00:00Z", feed.Element(Atom + "updated")!.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal("Notes from the Steppe", entry.Element(Atom + "title")!.Value);
        Assert.Equal("https://example.org/sub/path/articles/steppe-notes/", entry.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("2025-03-01T00:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("A. Researcher", entry.Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public void The_sitemap_has_every_page_but_the_404_and_robots_txt_points_to_it()
    {
        Assert.True(_site.Build().Succeeded);
        XNamespace sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = XDocument.Load(Path.Combine(_site.Output, "sitemap.xml")).Descendants(sitemaps + "loc").Select(l => l.Value).ToList();

        Assert.Contains("https://example.org/sub/path/", locations);
        Assert.Contains("https://example.org/sub/path/search/", locations);
        Assert.Contains("https://example.org/sub/path/sources/ru-source/", locations);
        Assert.DoesNotContain(locations, l => l.Contains("404", StringComparison.Ordinal));
        Assert.Contains("Sitemap: https://example.org/sub/path/sitemap.xml", File.ReadAllText(Path.Combine(_site.Output, "robots.txt")));
    }

    [Fact]
    public void The_search_index_has_titles_headings_text_and_the_words_pages_are_found_by()
    {
        Assert.True(_site.Build().Succeeded);
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_site.Output, "search", "index.json")));
        var entries = index.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("u").GetString()!);

        var article = entries["articles/steppe-notes/"];
        Assert.Equal("Article", article.GetProperty("k").GetString());
        Assert.Equal(["Background", "Analysis"], article.GetProperty("h").EnumerateArray().Select(h => h.GetString()));
        Assert.Contains("Two sources in one note.", article.GetProperty("b").GetString());
        Assert.Contains("Вопросы сотрудничества обсуждены", article.GetProperty("x").GetString()); // a cited source's title
        Assert.Contains("Astana", entries["countries/kazakhstan/"].GetProperty("x").GetString()); // an alias
        Assert.Equal("ru", entries["sources/ru-source/"].GetProperty("l").GetString());
        Assert.Equal(7, entries.Count); // 1 article, 2 countries, 1 agreement and 3 sources
    }

    public void Dispose() => _site.Dispose();

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
