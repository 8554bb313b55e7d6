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
        var entries = SearchEntries(_site.Output).ToDictionary(e => e.GetProperty("u").GetString()!);

        var article = entries["articles/steppe-notes/"];
        Assert.Equal("Article", article.GetProperty("k").GetString());
        Assert.Equal(["Background", "Analysis"], article.GetProperty("h").EnumerateArray().Select(h => h.GetString()));
        Assert.Contains("Two sources in one note.", article.GetProperty("b").GetString());
        Assert.Contains("Вопросы сотрудничества обсуждены", article.GetProperty("x").GetString()); // a cited source's title
        Assert.Contains("Astana", entries["countries/kazakhstan/"].GetProperty("x").GetString()); // an alias
        Assert.Equal("ru", entries["sources/ru-source/"].GetProperty("l").GetString());
        Assert.Equal(7, entries.Count); // 1 article, 2 countries, 1 agreement and 3 sources
    }

    [Fact]
    public void A_large_search_index_is_cut_into_parts_of_256_entries_and_an_edit_rewrites_only_its_part()
    {
        // Given the fixture with 300 more sources: 307 entries
        var citations = Path.Combine(_site.Root, "content", "citations");
        for (var n = 0; n < 300; n++)
        {
            File.WriteAllText(Path.Combine(citations, $"report-{n:D3}.md"),
                $"---\ntitle: \"Report {n}\"\ntype: web\npublisher: Example\nurl: \"https://example.org/reports/{n}/\"\naccessed: 2024-12-31\n---\n\nReport number {n}.\n");
        }

        var memory = new Dossier.Build.Incremental.BuildMemory();
        Dossier.Build.BuildResult Rebuild() => Dossier.Build.BuildPipeline.Run(new Dossier.Build.BuildOptions(_site.Root, _site.Output), memory);
        Assert.True(Rebuild().Succeeded);

        // Then index.js names two parts, which hold every entry once, in the index's order (sources last, by author and title)
        var search = Path.Combine(_site.Output, "search");
        Assert.Equal("dossierSearchIndex({\"parts\":[\"index-1.js\",\"index-2.js\"]});\n", File.ReadAllText(Path.Combine(search, "index.js")));
        Assert.Equal(256, Payload(Path.Combine(search, "index-1.js"), "dossierSearchPart(\"index-1.js\",").RootElement.GetArrayLength());
        var entries = SearchEntries(_site.Output).Select(e => e.GetProperty("u").GetString()!).ToList();
        Assert.Equal(307, entries.Distinct().Count());
        Assert.Equal("articles/steppe-notes/", entries[0]);
        Assert.Equal("sources/report-000/", entries[6]);

        // When one source late in the index changes its text
        var before = File.GetLastWriteTimeUtc(Path.Combine(search, "index-1.js"));
        File.AppendAllText(Path.Combine(citations, "report-099.md"), "\nA revised edition.\n"); // "Report 99" sorts last
        Assert.True(Rebuild().Succeeded);

        // Then its part holds the change and the other part is untouched
        Assert.Contains("A revised edition.", File.ReadAllText(Path.Combine(search, "index-2.js")));
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(search, "index-1.js")));
    }

    /// <summary>Every entry of the search index: the parts <c>search/index.js</c> names, joined in order, as the search box does.</summary>
    private static List<JsonElement> SearchEntries(string output)
    {
        var search = Path.Combine(output, "search");
        using var index = Payload(Path.Combine(search, "index.js"), "dossierSearchIndex(");
        return index.RootElement.GetProperty("parts").EnumerateArray()
            .SelectMany(part => Payload(Path.Combine(search, part.GetString()!), $"dossierSearchPart(\"{part.GetString()}\",").RootElement.EnumerateArray())
            .ToList();
    }

    /// <summary>The JSON a script of the index hands over: what stands between the call's opening and <c>);</c>.</summary>
    private static JsonDocument Payload(string file, string call)
    {
        var text = File.ReadAllText(file);
        Assert.StartsWith(call, text, StringComparison.Ordinal);
        Assert.EndsWith(");\n", text, StringComparison.Ordinal);
        return JsonDocument.Parse(text[call.Length..^3]);
    }

    public void Dispose() => _site.Dispose();

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f), f => Convert.ToBase64String(File.ReadAllBytes(f)));
}
