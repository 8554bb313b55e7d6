using Dossier.Pages;
using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>Stage 8: composes every page of the site from the content graph, in a stable order.</summary>
public static class ComposePages
{
    public static IReadOnlyList<PageView> Run(PageContext context)
    {
        var graph = context.Graph;
        var pages = new List<PageView> { HomePage.Compose(context) };
        pages.AddRange(IndexPages.Compose(context));
        pages.AddRange(graph.Articles.Select(a => ArticlePage.Compose(context, a)));
        pages.AddRange(graph.Countries.Select(c => CountryPage.Compose(context, c)));
        pages.AddRange(graph.Agreements.Select(a => AgreementPage.Compose(context, a)));
        pages.Add(BibliographyPage.Compose(context));
        pages.AddRange(graph.Citations.Select(c => SourcePage.Compose(context, c)));
        pages.Add(SearchPage.Compose(context));
        pages.Add(NotFoundPage.Compose(context));
        return pages;
    }
}
