using Dossier.Content;
using Dossier.Pages;
using Dossier.Tests.CitationStyles;

namespace Dossier.Tests.Pages;

/// <summary>A source's icons come from its front matter: type, address and language against the site's.</summary>
public sealed class SourceIconsTests
{
    [Fact]
    public void A_Russian_news_report_with_a_Cyrillic_title_is_news_in_Russian()
    {
        var avesta = SeedCitations.Get("avesta-2023-intergovernmental-commission");

        var icons = SourceIcons.Of(avesta, siteLanguage: "en");

        Assert.Equal([("news", "News source", ""), ("lang", "In Russian", "ru")], icons.Select(i => (i.Name, i.Label, i.Text)));
    }

    [Fact]
    public void A_government_publisher_s_page_is_a_government_source_and_nothing_more()
    {
        var mofa = SeedCitations.Get("mofa-japan-tajikistan-foreign-ministers");

        Assert.Equal(["gov"], SourceIcons.Of(mofa, "en").Select(i => i.Name));
    }

    [Theory]
    [InlineData("https://example.org/files/report.pdf", true)]
    [InlineData("https://example.org/files/REPORT.PDF?download=1#page=3", true)]
    [InlineData("https://example.org/pdf/report.html", false)]
    [InlineData("https://example.org/report.pdfx", false)]
    public void A_web_or_report_source_is_a_PDF_when_its_address_ends_in_pdf(string url, bool pdf)
    {
        var report = SeedCitations.Make("some-report", "A report", CitationType.Report, "Institute", null, url);

        Assert.Equal(pdf ? ["pdf"] : [], SourceIcons.Of(report, "en").Select(i => i.Name));
    }

    [Fact]
    public void A_source_typed_pdf_is_a_PDF_whatever_its_address()
    {
        var book = SeedCitations.Make("a-book", "A book", CitationType.Pdf, "Press", null, "https://example.org/download?id=7");

        Assert.Equal([("pdf", "PDF document")], SourceIcons.Of(book, "en").Select(i => (i.Name, i.Label)));
    }

    [Theory]
    [InlineData("ru", "en", "In Russian", "ru")]
    [InlineData("ja", "en", "In Japanese", "ja")]
    [InlineData("kk-Cyrl-KZ", "en", "In Kazakh", "kk")]
    [InlineData("xh", "en", "In the language xh", "xh")]
    [InlineData("en", "ru", "In English", "en")]
    public void Any_language_other_than_the_site_s_is_shown_by_its_code_and_named_for_screen_readers(string language, string site, string label, string code)
    {
        var source = SeedCitations.Make("a-page", "A page", CitationType.Web, "Site", null, "https://example.org/") with { Language = language };

        Assert.Equal([("lang", label, code)], SourceIcons.Of(source, site).Select(i => (i.Name, i.Label, i.Text)));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("en", "en")]
    [InlineData("en-GB", "en")]
    [InlineData("RU", "ru-RU")]
    public void A_source_in_the_site_s_language_has_no_language_icon(string? language, string site)
    {
        var source = SeedCitations.Make("a-page", "A page", CitationType.Web, "Site", null, "https://example.org/") with { Language = language };

        Assert.Empty(SourceIcons.Of(source, site));
    }

    [Fact]
    public void Icons_are_images_named_by_their_words_whose_visible_code_is_not_read_again()
    {
        var html = SourceIcons.HtmlOf(SeedCitations.Get("avesta-2023-intergovernmental-commission"), "en");

        Assert.Equal("<span class=\"si-news\" role=\"img\" aria-label=\"News source\"></span>"
                     + "<span class=\"si-lang\" role=\"img\" aria-label=\"In Russian\">ru</span>", html);
    }
}
