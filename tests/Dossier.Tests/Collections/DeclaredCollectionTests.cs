using System.Text.Json;
using AngleSharp.Html.Parser;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Collections;

/// <summary>
/// A dossier that declares events, people and organisations in its dossier.yml (the declared fixture, whose events are
/// declared with exactly the syntax the content format documents) gets their pages, indexes, navigation, reverse
/// relations on what they name, search entries and sitemap entries.
/// </summary>
public sealed class DeclaredCollectionTests(BuiltFixture.Declared site) : IClassFixture<BuiltFixture.Declared>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_fixture_builds_without_errors_or_warnings_of_its_own()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Span.Path.StartsWith("content/events", StringComparison.Ordinal)
            || d.Span.Path.StartsWith("content/people", StringComparison.Ordinal) || d.Span.Path == "dossier.yml");
    }

    [Fact]
    public void An_event_page_shows_its_fields_as_readers_read_them()
    {
        var page = Parser.ParseDocument(site.Site.ReadPage("events/steppe-summit-2024"));

        var facts = page.QuerySelectorAll(".facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);
        Assert.Equal("August 2024", facts["Date"].TextContent);
        Assert.Equal("Summit", facts["Kind"].TextContent);
        Assert.Equal("../../countries/kazakhstan/", facts["Place"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(
            ["../../countries/japan/", "../../countries/kazakhstan/", "../../people/aigerim-sadykova/", "../../organisations/steppe-institute/"],
            facts["Participants"].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("https://example.org/summit-2024", facts["Website"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("event", page.QuerySelector(".doc-kind")!.TextContent);
        Assert.Contains("Leaders of Japan and Kazakhstan met in Astana.", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Home", "Events"], page.QuerySelectorAll("nav.breadcrumbs a").Select(a => a.TextContent));
    }

    [Fact]
    public void The_body_cites_and_links_like_any_other()
    {
        var page = Parser.ParseDocument(site.Site.ReadPage("events/steppe-summit-2024"));

        Assert.Equal("../../agreements/steppe-accord/", page.QuerySelector(".body a[href*='steppe-accord']")!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll(".notes li"));
        Assert.Equal(["Cooperation in Numbers?"], page.QuerySelectorAll("#sources-heading + ul a").Select(a => a.TextContent));
    }

    [Fact]
    public void A_country_lists_what_points_at_it_grouped_by_collection_and_field()
    {
        var page = Parser.ParseDocument(site.Site.ReadPage("countries/kazakhstan"));

        var sections = page.QuerySelectorAll("section.related")
            .ToDictionary(s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
        Assert.Equal(["../../events/steppe-summit-2024/"], sections["Events — place"]);
        Assert.Equal(["../../events/steppe-summit-2024/"], sections["Events — participants"]);
        Assert.Equal(["../../people/aigerim-sadykova/"], sections["People — country"]);
        Assert.Equal(["../../organisations/steppe-institute/"], sections["Organisations — country"]);
        // The sections the country page always had come first, unchanged
        Assert.Equal(["Agreements", "Articles", "Sources", "Events — place", "Events — participants", "People — country", "Organisations — country"],
            sections.Keys);
    }

    [Fact]
    public void A_declared_document_lists_fields_and_texts_that_name_it()
    {
        var page = Parser.ParseDocument(site.Site.ReadPage("people/aigerim-sadykova"));

        var sections = page.QuerySelectorAll("section.related")
            .ToDictionary(s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
        Assert.Equal(["Steppe Summit 2024"], sections["Events — participants"]);
        Assert.Equal(["Tokyo Forum"], sections["Events — mentioned in the text"]);
        var facts = page.QuerySelectorAll(".facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
        Assert.Equal("1971", facts["Born"]);
        Assert.Equal("Yes", facts["Serving"]);
    }

    [Fact]
    public void Each_collection_has_an_index_in_its_order_a_navigation_entry_and_a_home_page_count()
    {
        var index = Parser.ParseDocument(site.Site.ReadPage("events"));
        Assert.Equal("Events", index.QuerySelector("h1")!.TextContent);
        // Dated collections are listed earliest first
        Assert.Equal(["Tokyo Forum", "Steppe Summit 2024"], index.QuerySelectorAll("main li a").Select(a => a.TextContent));

        var home = Parser.ParseDocument(site.Site.ReadPage(""));
        Assert.Equal(["Articles", "Countries", "Agreements", "Events", "People", "Organisations", "Bibliography", "Search"],
            home.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent.Trim()));
        Assert.Contains("2 events", home.QuerySelector("#explore-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 person", home.QuerySelector("#explore-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_documents_are_in_the_search_index_the_sitemap_and_linked_data()
    {
        // Each part is a script handing its entries over: dossierSearchPart("index-1.js",[…]);
        var entries = Directory.EnumerateFiles(Path.Combine(site.Site.Output, "search"), "index-*.js")
            .Select(File.ReadAllText)
            .SelectMany(text => JsonDocument.Parse(text[(text.IndexOf(',', StringComparison.Ordinal) + 1)..text.LastIndexOf(')')]).RootElement.EnumerateArray())
            .ToDictionary(e => e.GetProperty("u").GetString()!, e => e);
        var summit = entries["events/steppe-summit-2024/"];
        Assert.Equal("Event", summit.GetProperty("k").GetString());
        Assert.Contains("Summit", summit.GetProperty("x").GetString(), StringComparison.Ordinal);
        Assert.Equal("Person", entries["people/aigerim-sadykova/"].GetProperty("k").GetString());

        var sitemap = File.ReadAllText(Path.Combine(site.Site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://example.org/declared/events/steppe-summit-2024/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://example.org/declared/people/</loc>", sitemap, StringComparison.Ordinal);

        var linkedData = Parser.ParseDocument(site.Site.ReadPage("events/steppe-summit-2024")).QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(linkedData);
        Assert.Equal("Event", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("2024-08", json.RootElement.GetProperty("startDate").GetString());
        using var person = JsonDocument.Parse(Parser.ParseDocument(site.Site.ReadPage("people/aigerim-sadykova")).QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Person", person.RootElement.GetProperty("@type").GetString());
        using var organisation = JsonDocument.Parse(Parser.ParseDocument(site.Site.ReadPage("organisations/steppe-institute")).QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("Organization", organisation.RootElement.GetProperty("@type").GetString());
    }
}
