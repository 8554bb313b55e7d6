using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// What points at a document, grouped by the collection and the field that does ("Events — participants"), and the
/// documents whose text links to it ("People — mentioned in the text"), in the collections' order.
/// </summary>
public static class ReverseRelations
{
    private const string InText = "";

    /// <param name="builtInToo">
    /// Whether documents of the built-in collections are listed: their own pages list those in sections of their own
    /// (a country's agreements and articles), a declared collection's page lists everything here.
    /// </param>
    public static IReadOnlyList<SectionView> Of(PageContext context, ContentDocument document, string page, bool builtInToo)
    {
        var graph = context.Graph;
        bool Shown(ContentDocument from) => builtInToo || !BuiltInCollections.All.Contains(from.Collection);
        var byField = graph.ReferrersOf(document.Id).Where(r => Shown(r.From)).ToList();
        if (byField.Count == 0 && !graph.Related(graph.MentionedBy, document.Id).Any(d => Shown(d)))
        {
            // Nothing to group, as for most sources (only built-in collections name them): the grouping alone cost more than the page's own links.
            return [];
        }

        var named = byField.Select(r => r.From.Id).ToHashSet(StringComparer.Ordinal);
        var inText = graph.Related(graph.MentionedBy, document.Id).Where(d => Shown(d) && !named.Contains(d.Id)).Select(d => (From: d, Field: InText));

        return byField.Concat(inText)
            .GroupBy(r => (r.From.Collection, r.Field))
            .OrderBy(g => graph.Collections.RankOf(g.Key.Collection))
            .ThenBy(g => FieldRank(g.Key.Collection, g.Key.Field))
            .Select(g => new SectionView(
                g.Key.Field.Length == 0 ? $"in-text-{g.Key.Collection.Name}" : $"{g.Key.Collection.Name}-{g.Key.Field.Replace('_', '-')}",
                g.Key.Field.Length == 0 ? $"{g.Key.Collection.GroupTitle} — mentioned in the text" : $"{g.Key.Collection.GroupTitle} — {Labels.Of(g.Key.Field).ToLowerInvariant()}",
                g.DistinctBy(r => r.From.Id)
                    .OrderBy(r => r.From.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(r => r.From.Id, StringComparer.Ordinal)
                    .Select(r => new LinkView(SitePaths.Relative(page, SitePaths.Of(r.From)), r.From.Title)).ToList()))
            .ToList();
    }

    /// <summary>Fields in their schema's order, text mentions after them.</summary>
    private static int FieldRank(CollectionDescriptor collection, string field)
    {
        var fields = collection.Schema.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Name == field)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
