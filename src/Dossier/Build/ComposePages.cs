using Dossier.Pages;

namespace Dossier.Build;

/// <summary>Plans every page of the site from the content graph, in a stable order.</summary>
public static class ComposePages
{
    /// <summary>
    /// Every page of the site in the site's order, each with its key, not yet composed: the home page, then each
    /// collection's index followed by its documents' pages and its views (timeline, matrix), then search and the 404 page.
    /// </summary>
    public static IReadOnlyList<PagePlan> Plan(PageContext context)
    {
        var graph = context.Graph;
        var plans = new List<PagePlan> { PagePlan.OfDossier("home", () => HomePage.Compose(context)) };
        foreach (var collection in graph.Collections.All)
        {
            plans.Add(PagePlan.OfDossier(collection.Section, () => collection.ComposeIndex(context)));
            plans.AddRange(graph.ListOf(collection).Select(d => PagePlan.About(d.Id, () => WithCards(context, d.Id, collection.ComposePage(context, d)))));
            plans.AddRange(ViewPlans.Of(context, collection));
        }

        plans.Add(PagePlan.OfDossier("search", () => SearchPage.Compose(context)));
        plans.Add(PagePlan.OfDossier("404", () => NotFoundPage.Compose(context)));
        return plans;
    }

    /// <summary>A document's page with the cards its <c>[[id]]</c> links preview, whatever its collection.</summary>
    private static Pages.Views.PageView WithCards(PageContext context, string id, Pages.Views.PageView page) =>
        page.Document is { } document ? page with { Document = document with { Cards = context.LinkCards.Of(id, page.Path) } } : page;
}
