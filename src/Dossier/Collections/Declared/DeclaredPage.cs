using System.Globalization;
using Dossier.Content;
using Dossier.Pages;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Collections.Declared;

/// <summary>
/// Composes a declared collection's document page: its fields (references as links, dates as the site writes them,
/// enum values as words), its body and notes, its sources, and everything that points at it.
/// </summary>
public static class DeclaredPage
{
    public static PageView Compose(PageContext context, DeclaredDocument document)
    {
        var page = SitePaths.Of(document);
        var graph = context.Graph;
        var collection = document.Of;
        LinkView LinkTo(ContentDocument d) => new(SitePaths.Relative(page, SitePaths.Of(d)), d.Title);

        var facts = new List<FactView>();
        var listedSources = new List<Citation>();
        foreach (var value in document.Values)
        {
            var label = Labels.Of(value.Field.Name);
            switch (value)
            {
                case FieldValue.References references:
                    var targets = references.Ids
                        .Select(r => graph.Parsed.TryGetValue(r.Id, out var p) ? p.Document : null)
                        .OfType<ContentDocument>()
                        .DistinctBy(d => d.Id)
                        .ToList();
                    listedSources.AddRange(targets.OfType<Citation>());
                    if (targets.Count > 0)
                    {
                        facts.Add(FactView.Of(label, targets.Select(LinkTo).ToList()));
                    }

                    break;
                case FieldValue.Url url:
                    facts.Add(FactView.Of(label, [new LinkView(url.Value, url.Value)]));
                    break;
                default:
                    facts.Add(FactView.Of(label, TextOf(value) ?? ""));
                    break;
            }
        }

        if (context.LastUpdatedOf(document) is { } updated)
        {
            facts.Add(FactView.Of("Updated", DateText.Of(updated)));
        }

        var sources = graph.SourcesOf(document.Id, listedSources).Select(c => SourceLinks.Of(page, c)).ToList();
        return new PageView
        {
            Layout = collection.PageLayout,
            Path = page,
            Title = document.Title,
            Description = document.Summary ?? $"{collection.KindLabel}: {document.Title}.",
            Section = collection.Section,
            EditUrl = EditLinks.Of(graph.Settings, document),
            Updated = context.UpdatedViewOf(document),
            Breadcrumbs = Breadcrumbs.Of(page, collection),
            Contents = BodyOutline.ContentsOf(graph, document.Id),
            LinkedData = DeclaredLinkedData.Of(graph.Settings, document),
            Document = new DocumentView
            {
                Kind = collection.Singular,
                Cite = CiteThisPage.Of(context, document, page, [], context.LastUpdatedOf(document)),
                Title = document.Title,
                Lead = document.Summary,
                Facts = facts,
                BodyHtml = context.BodyOf(document.Id),
                Notes = NoteViews.Of(context, document.Id, page),
                Sections =
                [
                    new SectionView("sources", "Sources", sources),
                    .. ReverseRelations.Of(context, document, page, builtInToo: true),
                ],
            },
        };
    }

    /// <summary>A value as readers read it: dates as the site writes them, enum values as words, numbers as written.</summary>
    public static string? TextOf(FieldValue value) => value switch
    {
        FieldValue.Text t => t.Value,
        FieldValue.Date d => DateText.Of(d.Value),
        FieldValue.Choice c => Labels.Of(c.Value),
        FieldValue.Number n => n.Value.ToString(CultureInfo.InvariantCulture),
        FieldValue.Flag f => f.Value ? "Yes" : "No",
        FieldValue.Url u => u.Value,
        _ => null,
    };
}
