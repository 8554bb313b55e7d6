using Dossier.Diagnostics;
using Dossier.Links.Targets;

namespace Dossier.Links.Tests.Targets;

public sealed class LinkTargetCollectorTests
{
    [Fact]
    public void Citations_give_url_with_quote_and_archive_url_with_their_positions_and_bodies_give_external_links()
    {
        // Given
        using var dossier = new TempDossier();
        dossier.AddCitation("quoted", "https://example.org/a", quote: "A sentence.", archiveUrl: "https://web.archive.org/web/2020/https://example.org/a");
        dossier.AddArticle("essay", "See [the report](https://example.org/report) and <https://example.org/auto>,\nnot [a page](/local) or [mail](mailto:x@example.org).");
        var sink = new DiagnosticBag();

        // When
        var targets = LinkTargetCollector.Collect(DossierLoader.Load(dossier.Root, sink).Documents);

        // Then
        Assert.False(sink.HasErrors, string.Join("\n", sink.Sorted()));
        Assert.Collection(
            targets.OrderBy(t => t.Span.Path, StringComparer.Ordinal).ThenBy(t => t.Span.Line).ThenBy(t => t.Span.Column),
            t => Assert.Equal(("https://example.org/report", TargetKind.BodyLink, "essay", "content/articles/essay.md:6:5"), (t.Url, t.Kind, t.DocumentId, t.Span.ToString())),
            t => Assert.Equal(("https://example.org/auto", TargetKind.BodyLink, "content/articles/essay.md:6:50"), (t.Url, t.Kind, t.Span.ToString())),
            t =>
            {
                Assert.Equal(("https://example.org/a", TargetKind.CitationUrl, "quoted", "content/citations/quoted.md:6:6"), (t.Url, t.Kind, t.DocumentId, t.Span.ToString()));
                Assert.Equal("A sentence.", t.Quote);
                Assert.True(t.HasArchiveUrl);
            },
            t => Assert.Equal((TargetKind.ArchiveUrl, 8), (t.Kind, t.Span.Line)));
    }

    [Fact]
    public void The_bundled_dossier_has_ten_citation_urls_each_pointing_at_its_url_key()
    {
        var root = RepositoryRoot.Path;
        var sink = new DiagnosticBag();

        var targets = LinkTargetCollector.Collect(DossierLoader.Load(root, sink).Documents);

        var citations = targets.Where(t => t.Kind == TargetKind.CitationUrl).ToList();
        Assert.Equal(10, citations.Count);
        foreach (var target in citations)
        {
            var line = File.ReadAllLines(Path.Combine(root, target.Span.Path))[target.Span.Line - 1];
            Assert.StartsWith("url:", line, StringComparison.Ordinal);
        }
    }
}
