using Dossier.Graph;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Back-links from a source to every footnote that cites it ("Japan and Central Asia, note 3").</summary>
public static class CitedIn
{
    public static IReadOnlyList<LinkView> Of(ContentGraph graph, string fromPage, string citationId) =>
        graph.Related(graph.UsesOfCitation, citationId)
            .Select(use => new LinkView(
                SitePaths.Relative(fromPage, SitePaths.Of(use.Document), SitePaths.NoteAnchor(use.NoteNumber)),
                use.Document.Title,
                $"note {use.NoteNumber}"))
            .ToList();
}
