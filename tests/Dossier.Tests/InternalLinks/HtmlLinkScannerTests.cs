using AngleSharp.Html.Parser;
using Dossier.Build;
using Dossier.InternalLinks;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.InternalLinks;

/// <summary>The fast link scanner must see exactly what a real HTML parser sees.</summary>
public sealed class HtmlLinkScannerTests
{
    [Fact]
    public void On_every_page_of_the_bundled_site_it_finds_the_same_ids_and_links_as_AngleSharp()
    {
        // Given the bundled dossier, built
        using var site = FixtureSite.Bundled();
        Assert.True(site.Build().Written);
        var parser = new HtmlParser();
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 30);

        foreach (var file in pages)
        {
            // When each page is read by both
            var html = File.ReadAllText(file);
            using var document = parser.ParseDocument(html);
            var (ids, links) = HtmlLinkScanner.Scan(html);

            // Then they agree on every id and every href/src (the scanner gives each distinct link once)
            Assert.Equal(document.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).Order(StringComparer.Ordinal),
                ids.Where(id => id.Length > 0).Order(StringComparer.Ordinal));
            var expected = document.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>();
            Assert.Equal(expected.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("<a href='x&amp;y'>", "x&y")]
    [InlineData("<a title=\"a > b\" href=\"z\">", "z")]
    [InlineData("<script>var s = '<a href=\"no\">';</script><a href=yes>", "yes")]
    [InlineData("<!-- <a href=\"no\"> --><img src=\"pic.png\" alt=\"\">", "pic.png")]
    public void Quoting_entities_scripts_and_comments_are_handled(string html, string link)
    {
        Assert.Equal([link], HtmlLinkScanner.Scan(html).Links);
    }

    [Fact]
    public void A_link_that_appears_twice_is_given_once_in_the_order_it_first_appears()
    {
        Assert.Equal(["b", "a"], HtmlLinkScanner.Scan("<a href=b></a><img src=a><a href='b'></a><a href=\"a\"></a>").Links);
    }
}
