using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes a source's page: the full reference, its annotation and every place it is cited.</summary>
public static class SourcePage
{
    public static PageView Compose(PageContext context, Citation citation)
    {
        var page = SitePaths.Of(citation);
        var graph = context.Graph;
        var facts = new List<FactView>
        {
            FactView.Of("Publisher", citation.Publisher),
            FactView.Of("Type", Labels.Of(citation.Type)),
        };
        if (citation.Published is { } published)
        {
            facts.Add(FactView.Of("Published", DateText.Of(published)));
        }

        facts.Add(FactView.Of("Accessed", DateText.Of(citation.Accessed)));
        var state = Health.AddressState.Of(citation, context.LinkHealth);
        var health = Health.HealthNotice.Of(citation, context.LinkHealth);
        var archive = (state.ArchiveUrl ?? health?.ArchiveHref) is { } copy ? FactView.Of("Archived copy", [new LinkView(copy, copy)]) : null;
        // A source that is gone leads with its archived copy; a usurped or unfit address is shown but never linked.
        var archiveFirst = state.Status != UrlStatus.Live;
        if (archiveFirst && archive is not null)
        {
            facts.Add(archive);
        }

        facts.Add(citation.UrlUnlinkable ? FactView.Of("Address", citation.Url) : FactView.Of("Address", [new LinkView(citation.Url, citation.Url)]));
        if (health is { Text.Length: > 0 })
        {
            facts.Add(FactView.Of("Link health", health.Text));
        }

        if (!archiveFirst && archive is not null)
        {
            facts.Add(archive);
        }

        var agreements = graph.Referring<Agreement>(citation.Id, "citations")
            .Select(a => new LinkView(SitePaths.Relative(page, SitePaths.Of(a)), a.Title, Labels.Of(a.Kind)))
            .ToList();

        return new PageView
        {
            Layout = "document",
            Path = page,
            Title = citation.TitleEn ?? citation.Title,
            Description = $"Source: {citation.Title} ({citation.Publisher}).",
            Section = BuiltInCollections.Citations.Section,
            EditUrl = EditLinks.Of(graph.Settings, citation),
            Updated = context.UpdatedViewOf(citation),
            Breadcrumbs = Breadcrumbs.Of(page, BuiltInCollections.Citations),
            LinkedData = LinkedDataJson.Write(context.CitationForms.LinkedData(citation)),
            Downloads = Interchange.BibliographyDownloads.Of(citation, page),
            Document = new DocumentView
            {
                Kind = "source",
                Title = citation.Title,
                TitleLang = citation.Language,
                Subtitle = citation.TitleEn,
                ReferenceHtml = context.CitationForms.EntryHtml(citation),
                Facts = facts,
                BodyHtml = context.BodyOf(citation.Id),
                Notes = NoteViews.Of(context, citation.Id, page),
                Sections =
                [
                    new SectionView("cited-in", "Cited in", CitedIn.Of(graph, page, citation.Id)),
                    new SectionView("supports", "Source for these agreements", agreements),
                    .. ReverseRelations.Of(context, citation, page, builtInToo: false),
                ],
            },
        };
    }
}
