using System.Collections.Concurrent;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// The cards a document's <c>[[id]]</c> links preview, one per document linked, in the order first linked: made from
/// the linked documents' front matter alone (they are the page's neighbours, so a rebuild remakes it when they change).
/// One per build: a document's card is made once for each depth of page linking to it, and shared by all those pages.
/// </summary>
public sealed class LinkCards(ContentGraph graph)
{
    private readonly ConcurrentDictionary<(string Id, int Depth), CardView> cards = new();

    public IReadOnlyList<CardView> Of(string documentId, string page)
    {
        if (!graph.Parsed.TryGetValue(documentId, out var parsed))
        {
            return [];
        }

        // The links parsing found in reading order, not the tree walked again; a list and a set only once there is a
        // link: most pages (every source's) link to nothing.
        var resolved = graph.ResolvedOf(documentId);
        List<CardView>? linked = null;
        HashSet<string>? seen = null;
        for (var i = 0; i < parsed.WikiLinks.Count; i++)
        {
            var link = parsed.WikiLinks[i];
            if (resolved.TargetOf(link) is not null && (seen ??= new(StringComparer.Ordinal)).Add(link.Target)
                && graph.Parsed.TryGetValue(link.Target, out var target) && target.Document is { } document)
            {
                (linked ??= []).Add(CardOf(document, page));
            }
        }

        return linked ?? [];
    }

    private CardView CardOf(ContentDocument document, string page) =>
        cards.GetOrAdd((document.Id, page.AsSpan().Count('/')), static (_, state) =>
        {
            var (d, page) = state;
            return new CardView(
                SitePaths.Relative(page, SitePaths.Of(d)), d.Collection.KindLabel, d.Title, d.Collection.TitleLanguageOf(d), d.Collection.PreviewOf(d));
        }, (document, page));
}
