using Dossier.Markdown.WikiLinks;
using Markdig.Syntax;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// The cards a document's <c>[[id]]</c> links preview, one per document linked, in the order first linked: made from
/// the linked documents' front matter alone (they are the page's neighbours, so a rebuild remakes it when they change).
/// </summary>
public static class LinkCards
{
    public static IReadOnlyList<CardView> Of(PageContext context, string documentId, string page)
    {
        var graph = context.Graph;
        if (!graph.Parsed.TryGetValue(documentId, out var parsed))
        {
            return [];
        }

        var resolved = graph.ResolvedOf(documentId);
        return parsed.Markdown.Descendants<WikiLinkInline>()
            .Where(link => resolved.TargetOf(link) is not null)
            .Select(link => link.Target)
            .Distinct(StringComparer.Ordinal)
            .Select(id => graph.Parsed.TryGetValue(id, out var target) ? target.Document : null)
            .OfType<Content.ContentDocument>()
            .Select(d => new CardView(
                SitePaths.Relative(page, SitePaths.Of(d)), d.Collection.KindLabel, d.Title,
                d.Collection.TitleLanguageOf(d), d.Collection.PreviewOf(d)))
            .ToList();
    }
}
