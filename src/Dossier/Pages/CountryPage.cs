using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes a country's page: its facts, overview, the agreements it is party to, the articles about it and its sources.</summary>
public static class CountryPage
{
    public static PageView Compose(PageContext context, Country country)
    {
        var page = SitePaths.Of(country);
        var graph = context.Graph;
        var facts = new List<FactView>();
        if (country.Capital is not null)
        {
            facts.Add(FactView.Of("Capital", country.Capital));
        }

        facts.Add(FactView.Of("ISO 3166 code", country.Iso3));
        if (country.Region is not null)
        {
            facts.Add(FactView.Of("Region", country.Region));
        }

        if (country.Aliases.Count > 0)
        {
            facts.Add(FactView.Of("Also referred to as", string.Join(", ", country.Aliases)));
        }

        var agreements = graph.Referring<Agreement>(country.Id, "parties")
            .Select(a => new LinkView(SitePaths.Relative(page, SitePaths.Of(a)), a.Title, Labels.Of(a.Kind)))
            .ToList();
        var articles = graph.Related(graph.MentionedBy, country.Id).OfType<Article>()
            .Select(a => new LinkView(SitePaths.Relative(page, SitePaths.Of(a)), a.Title, DateText.Of(a.Date)))
            .ToList();
        var sources = graph.SourcesOf(country.Id)
            .Select(c => SourceLinks.Of(page, c))
            .ToList();

        return new PageView
        {
            Layout = "document",
            Path = page,
            Title = country.Title,
            Description = $"{country.Title} in the dossier: agreements, articles and sources.",
            Section = BuiltInCollections.Countries.Section,
            EditUrl = EditLinks.Of(graph.Settings, country),
            Updated = context.UpdatedViewOf(country),
            Breadcrumbs = Breadcrumbs.Of(page, BuiltInCollections.Countries),
            LinkedData = CountryLinkedData.Of(graph.Settings, country),
            Document = new DocumentView
            {
                Kind = "country",
                Cite = CiteThisPage.Of(context, country, page, [], context.LastUpdatedOf(country)),
                Title = country.Title,
                Facts = facts,
                BodyHtml = context.BodyOf(country.Id),
                Notes = NoteViews.Of(context, country.Id, page),
                Sections =
                [
                    new SectionView("agreements", "Agreements", agreements),
                    new SectionView("articles", "Articles", articles),
                    new SectionView("sources", "Sources", sources),
                    .. ReverseRelations.Of(context, country, page, builtInToo: false),
                ],
                Timelines = Timelines.CountrySlices.Of(context, country, page),
            },
        };
    }
}
