using Dossier.Collections;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes the home page: the dossier's title and description, the latest articles and the ways in.</summary>
public static class HomePage
{
    private const int LatestCount = 5;

    public static PageView Compose(PageContext context)
    {
        var graph = context.Graph;
        var latest = graph.Articles.Take(LatestCount)
            .Select(a => new LinkView(SitePaths.Relative(SitePaths.Home, SitePaths.Of(a)), a.Title, ArticleCollection.Detail(a)))
            .ToList();
        return new PageView
        {
            Layout = "home",
            Path = SitePaths.Home,
            Title = graph.Settings.Title,
            Description = graph.Settings.Description,
            Items = latest,
            LinkedData = WebSiteLinkedData.Of(graph.Settings),
            Document = new DocumentView
            {
                Kind = "home",
                Title = graph.Settings.Title,
                Lead = graph.Settings.Description,
                Sections =
                [
                    new SectionView("explore", "Explore the dossier",
                    [
                        .. graph.Collections.All.Select(c => new LinkView(c.IndexPath, c.Plural, c.Count(graph.ListOf(c).Count))),
                        new LinkView(SitePaths.Search, "Search", "titles, text, sources and places"),
                    ]),
                ],
            },
        };
    }
}
