using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.InternalLinks;

namespace Dossier.Tests.InternalLinks;

/// <summary>The link check on finished pages: missing files and missing ids, each broken target once per page.</summary>
public sealed class CheckInternalLinksTests
{
    [Fact]
    public void A_missing_file_and_a_missing_id_are_each_reported_once_per_page()
    {
        // Given a page linking twice to an id its target lacks, once to a missing page, and to what exists
        RenderedPage[] pages =
        [
            new("a/", """<a href="../b/#nowhere">x</a> <a href="../b/#nowhere">y</a> <a href="../c/">z</a> <a href="../b/#here">ok</a> <a href="#top">top</a> <img src="../assets/p.png"> <p id="top"></p>"""),
            new("b/", """<h2 id="here">Here</h2> <a href="../a/">back</a> <a href="https://example.org/">out</a> <a href="./">self</a>"""),
        ];
        var sink = new DiagnosticBag();

        // When the links are checked
        CheckInternalLinks.Run(pages, ["assets/p.png"], "/", sink);

        // Then exactly the two broken targets of page a are reported
        Assert.Equal(
        [
            "the page links to `../b/#nowhere`, but `b/index.html` has no element with id `nowhere`",
            "the page links to `../c/`, but the site has no file `c/index.html`",
        ],
            sink.Sorted().Select(d => d.Message).Order(StringComparer.Ordinal));
        Assert.All(sink.Sorted(), d => Assert.Equal("a/index.html", d.Span.Path));
    }
}
