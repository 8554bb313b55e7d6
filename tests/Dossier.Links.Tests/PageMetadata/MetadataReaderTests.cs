using Dossier.Links.PageMetadata;

namespace Dossier.Links.Tests.PageMetadata;

/// <summary>Each kind of page metadata read on its own, and the order of trust when a page has them all.</summary>
public sealed class MetadataReaderTests
{
    private static readonly Uri Address = new("https://site.example.org/section/page");

    [Fact]
    public void Highwire_tags_give_every_field_and_win_over_opengraph_and_the_title()
    {
        var found = MetadataReader.Read(MetadataPages.Highwire, Address);

        Assert.Equal(new FoundValue("Water and Power in the Syr Darya Basin", "citation_title"), found.Title);
        Assert.Equal(new FoundValue("Eurasia Academic Press", "citation_publisher"), found.Publisher);
        Assert.Equal(new FoundValue("2024-06-12", "citation_publication_date"), found.Published);
        Assert.Equal(new FoundValue("ru", "citation_language"), found.Language);
        Assert.Equal(new FoundValue("https://journal.example.org/articles/42", "citation_public_url"), found.Url);
        Assert.Empty(found.Skipped);
    }

    [Fact]
    public void Json_ld_gives_the_article_of_its_graph_not_the_site_and_resolves_the_publisher_by_id()
    {
        var found = MetadataReader.Read(MetadataPages.JsonLd, Address);

        Assert.Equal(new FoundValue("Tashkent hosts the Central Asia + Japan forum", "JSON-LD headline"), found.Title);
        Assert.Equal(new FoundValue("Example News Ltd", "JSON-LD publisher.name"), found.Publisher);
        Assert.Equal(new FoundValue("2023-11-05", "JSON-LD datePublished"), found.Published);
        Assert.Equal(new FoundValue("uz", "JSON-LD inLanguage"), found.Language);
        Assert.Equal(new FoundValue("https://news.example.org/2023/11/05/forum", "JSON-LD url"), found.Url);
    }

    [Fact]
    public void Opengraph_gives_title_site_date_and_address_and_the_html_element_the_language()
    {
        var found = MetadataReader.Read(MetadataPages.OpenGraph, Address);

        Assert.Equal(new FoundValue("Energiepartnerschaft mit Kasachstan", "og:title"), found.Title);
        Assert.Equal(new FoundValue("Beispiel Zeitung", "og:site_name"), found.Publisher);
        Assert.Equal(new FoundValue("2022-03-01", "article:published_time"), found.Published);
        Assert.Equal(new FoundValue("de", "<html lang>"), found.Language);
        Assert.Equal(new FoundValue("https://zeitung.example.de/energie/kasachstan", "og:url"), found.Url);
    }

    [Fact]
    public void Plain_html_gives_its_title_language_and_canonical_address_resolved_against_the_page()
    {
        var found = MetadataReader.Read(MetadataPages.Plain, Address);

        Assert.Equal(new FoundValue("Annual report 2021", "<title>"), found.Title);
        Assert.Null(found.Publisher);
        Assert.Null(found.Published);
        Assert.Equal(new FoundValue("en-GB", "<html lang>"), found.Language);
        Assert.Equal(new FoundValue("https://site.example.org/pages/annual-report", "<link rel=canonical>"), found.Url);
    }

    [Fact]
    public void With_every_kind_on_the_page_each_field_comes_from_the_most_trusted_source_that_has_a_usable_value()
    {
        var found = MetadataReader.Read(MetadataPages.Everything, Address);

        Assert.Equal("From Highwire", found.Title?.Value);
        // Highwire has no publisher; JSON-LD's plain-string publisher beats OpenGraph's site name
        Assert.Equal(new FoundValue("JSON-LD publisher", "JSON-LD publisher.name"), found.Publisher);
        // Highwire's date is no date: passed over, named, and JSON-LD's taken
        Assert.Equal(new FoundValue("2024-05-30", "JSON-LD datePublished"), found.Published);
        Assert.Equal("es", found.Language?.Value);
        Assert.Null(found.Url);
        Assert.Equal(["1 JSON-LD block(s) that are not valid JSON", "citation_date `June 2024` is not a date"], found.Skipped);
    }

    [Theory]
    [InlineData("2024", "2024")]
    [InlineData("2024/6/3", "2024-06-03")]
    [InlineData("2024-06", "2024-06")]
    [InlineData("2024-06-12T23:30:00-05:00", "2024-06-12")]
    [InlineData("2024-02-30", null)]
    [InlineData("12.06.2024", null)]
    [InlineData("Wed, 12 Jun 2024", null)]
    public void Dates_are_read_as_partial_dates_or_not_at_all(string given, string? expected)
    {
        Assert.Equal(expected, MetaDates.Normalise(given));
    }

    [Fact]
    public void An_opengraph_style_locale_is_made_a_language_tag_and_a_javascript_canonical_is_refused()
    {
        var found = MetadataReader.Read("""
            <html lang="en_US"><head><link rel="canonical" href="javascript:alert(1)"></head></html>
            """, Address);

        Assert.Equal("en-US", found.Language?.Value);
        Assert.Null(found.Url);
        Assert.Contains("<link rel=canonical> `javascript:alert(1)` is not an absolute http(s) address", found.Skipped);
    }
}
