using Dossier.Pages;
using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>Stage 8: composes every page of the site from the content graph, in a stable order.</summary>
public static class ComposePages
{
    /// <remarks>Composers only read the graph, so pages are composed in parallel; the order stays the listed one.</remarks>
    public static IReadOnlyList<PageView> Run(PageContext context) =>
        Plan(context).AsParallel().AsOrdered().Select(plan => plan.Compose()).ToList();

    /// <summary>Every page of the site in the site's order, each with the document it is about, not yet composed.</summary>
    public static IReadOnlyList<PagePlan> Plan(PageContext context)
    {
        var graph = context.Graph;
        var plans = new List<PagePlan> { new(null, () => HomePage.Compose(context)) };
        plans.AddRange(IndexPages.Compose(context).Select(page => new PagePlan(null, () => page)));
        plans.AddRange(graph.Articles.Select(a => new PagePlan(a.Id, () => ArticlePage.Compose(context, a))));
        plans.AddRange(graph.Countries.Select(c => new PagePlan(c.Id, () => CountryPage.Compose(context, c))));
        plans.AddRange(graph.Agreements.Select(a => new PagePlan(a.Id, () => AgreementPage.Compose(context, a))));
        plans.Add(new PagePlan(null, () => BibliographyPage.Compose(context)));
        plans.AddRange(graph.Citations.Select(c => new PagePlan(c.Id, () => SourcePage.Compose(context, c))));
        plans.Add(new PagePlan(null, () => SearchPage.Compose(context)));
        plans.Add(new PagePlan(null, () => NotFoundPage.Compose(context)));
        return plans;
    }
}
