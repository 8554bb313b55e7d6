using Dossier.Links.Cache;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// What readers see of the last quote check, built with a link cache (Fixtures/link-caches/small-quotes.json, read as
/// <c>dossier build</c> reads it) and compared with reviewed files in Golden/: a footnote's quote verified on the page
/// (dated, in <c>time</c>), one no longer there (said in bold words, with the archived copy), a source's own quote
/// verified, and the bibliography and source page saying the same of the source.
/// </summary>
public sealed class CheckedQuotesGoldenTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Named("small");

    public CheckedQuotesGoldenTests()
    {
        // Given the small fixture's notes quoting the Russian source (one quote still on its page, one gone) and the web
        // report with a quote of its own, and a cache in which all three were looked for on December 3, 2026
        _site.Edit("content/articles/steppe-notes.md",
            ("in 2020.[@ru-source]", "in 2020.[@ru-source, quote=\"обсуждены\"]"),
            ("[@ru-source; @web-report]", "[@ru-source, quote=\"в том числе\"; @web-report, p. 3]"));
        _site.Edit("content/citations/web-report.md", ("accessed: 2024-12-31", "accessed: 2024-12-31\nquote: \"Numbers, not words\""));
        var cache = Path.Combine(RepositoryRoot.Path, "tests", "Dossier.Tests", "Fixtures", "link-caches", "small-quotes.json");
        var result = _site.Build(health: LinkHealthExport.Of(LinkCache.Load(cache)));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Each_note_says_whether_its_quote_was_on_the_page_at_the_last_check() =>
        GoldenFile.AssertMatches("checked-notes.html", _site.ReadPart("articles/steppe-notes", "section.notes"));

    [Fact]
    public void The_bibliography_says_how_many_quoted_passages_are_gone_and_offers_the_archived_copy() =>
        GoldenFile.AssertMatches("checked-bibliography.html", _site.ReadPart("bibliography", "ul.bibliography"));

    [Fact]
    public void The_source_page_says_the_same_in_its_link_health() =>
        GoldenFile.AssertMatches("checked-source.html", _site.ReadPart("sources/ru-source", "article"));

    public void Dispose() => _site.Dispose();
}
