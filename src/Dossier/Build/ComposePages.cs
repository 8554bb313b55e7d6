using Dossier.Pages;
using Dossier.Pages.Views;

namespace Dossier.Build;

/// <summary>Stage 8: composes every page of the site from the content graph, in a stable order.</summary>
public static class ComposePages
{
    /// <remarks>Composers only read the graph, so pages are composed in parallel; the order stays the listed one.</remarks>
    public static IReadOnlyList<PageView> Run(PageContext context)
    {
        var graph = context.Graph;
        var composers = new List<Func<PageView>> { () => HomePage.Compose(context) };
        composers.AddRange(IndexPages.Compose(context).Select(page => (Func<PageView>)(() => page)));
        composers.AddRange(graph.Articles.Select(a => (Func<PageView>)(() => ArticlePage.Compose(context, a))));
        composers.AddRange(graph.Countries.Select(c => (Func<PageView>)(() => CountryPage.Compose(context, c))));
        composers.AddRange(graph.Agreements.Select(a => (Func<PageView>)(() => AgreementPage.Compose(context, a))));
        composers.Add(() => BibliographyPage.Compose(context));
        composers.AddRange(graph.Citations.Select(c => (Func<PageView>)(() => SourcePage.Compose(context, c))));
        composers.Add(() => SearchPage.Compose(context));
        composers.Add(() => NotFoundPage.Compose(context));
        return composers.AsParallel().AsOrdered().Select(compose => compose()).ToList();
    }
}
