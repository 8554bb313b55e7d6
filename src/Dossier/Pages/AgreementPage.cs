using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes an agreement's page: kind, parties, dates, status, description, sources and the articles that mention it.</summary>
public static class AgreementPage
{
    public static PageView Compose(PageContext context, Agreement agreement)
    {
        var page = SitePaths.Of(agreement);
        var graph = context.Graph;
        var partyCountries = agreement.Parties
            .Select(r => graph.Parsed.TryGetValue(r.Id, out var p) ? p.Document : null)
            .OfType<Country>()
            .ToList();
        var parties = partyCountries.Select(c => new LinkView(SitePaths.Relative(page, SitePaths.Of(c)), c.Title)).ToList();
        var facts = new List<FactView> { FactView.Of("Kind", Labels.Of(agreement.Kind)), FactView.Of("Parties", parties) };
        if (agreement.Signed is { } signed)
        {
            facts.Add(FactView.Of("Signed", DateText.Of(signed)));
        }

        if (agreement.Period is { } period)
        {
            var start = period.Start is { } s ? DateText.Of(s) : "…";
            var end = period.End is { } e ? DateText.Of(e) : "…";
            facts.Add(FactView.Of("Period", $"{start}–{end}"));
        }

        if (agreement.Status is { } status)
        {
            facts.Add(FactView.Of("Status", Labels.Of(status)));
        }

        var listed = agreement.Citations
            .Select(r => graph.Parsed.TryGetValue(r.Id, out var p) ? p.Document : null)
            .OfType<Citation>();
        var cited = graph.SourcesOf(agreement.Id, listed);
        var sources = cited.Select(c => SourceLinks.Of(page, c)).ToList();
        var articles = graph.Related(graph.MentionedBy, agreement.Id).OfType<Article>()
            .Select(a => new LinkView(SitePaths.Relative(page, SitePaths.Of(a)), a.Title, DateText.Of(a.Date)))
            .ToList();

        return new PageView
        {
            Layout = "document",
            Path = page,
            Title = agreement.Title,
            Description = $"{Labels.Of(agreement.Kind)}: {agreement.Title}.",
            Section = BuiltInCollections.Agreements.Section,
            EditUrl = EditLinks.Of(graph.Settings, agreement),
            Updated = context.UpdatedViewOf(agreement),
            Breadcrumbs = Breadcrumbs.Of(page, BuiltInCollections.Agreements),
            LinkedData = AgreementLinkedData.Of(context, agreement, partyCountries, cited),
            Document = new DocumentView
            {
                Kind = "agreement",
                Cite = CiteThisPage.Of(context, agreement, page, [], context.LastUpdatedOf(agreement)),
                Title = agreement.Title,
                Facts = facts,
                BodyHtml = context.BodyOf(agreement.Id),
                Notes = NoteViews.Of(context, agreement.Id, page),
                Sections =
                [
                    new SectionView("sources", "Sources", sources),
                    new SectionView("articles", "Articles that mention it", articles),
                    .. ReverseRelations.Of(context, agreement, page, builtInToo: false),
                ],
            },
        };
    }
}
