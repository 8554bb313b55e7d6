using Dossier.Pages;
using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>Stage 8: composes every page of the site from the content graph, in a stable order.</summary>
public static class ComposePages
{
    /// <summary>Every page of the site in the site's order, each with its key, not yet composed.</summary>
    public static IReadOnlyList<PagePlan> Plan(PageContext context)
    {
        var graph = context.Graph;
        var plans = new List<PagePlan>
        {
            PagePlan.OfDossier("home", () => HomePage.Compose(context)),
            PagePlan.OfDossier("articles", () => IndexPages.Articles(context)),
            PagePlan.OfDossier("countries", () => IndexPages.Countries(context)),
            PagePlan.OfDossier("agreements", () => IndexPages.Agreements(context)),
        };
        plans.AddRange(graph.Articles.Select(a => PagePlan.About(a.Id, () => ArticlePage.Compose(context, a))));
        plans.AddRange(graph.Countries.Select(c => PagePlan.About(c.Id, () => CountryPage.Compose(context, c))));
        plans.AddRange(graph.Agreements.Select(a => PagePlan.About(a.Id, () => AgreementPage.Compose(context, a))));
        plans.Add(PagePlan.OfDossier("bibliography", () => BibliographyPage.Compose(context)));
        plans.AddRange(graph.Citations.Select(c => PagePlan.About(c.Id, () => SourcePage.Compose(context, c))));
        plans.Add(PagePlan.OfDossier("search", () => SearchPage.Compose(context)));
        plans.Add(PagePlan.OfDossier("404", () => NotFoundPage.Compose(context)));
        return plans;
    }
}
