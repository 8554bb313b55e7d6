using System.Globalization;
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
            .Select(a => new LinkView(SitePaths.Relative(SitePaths.Home, SitePaths.Of(a)), a.Title,
                a.Summary is null ? DateText.Of(a.Date) : $"{DateText.Of(a.Date)} — {a.Summary}"))
            .ToList();
        string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many)}");
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
                        new LinkView(SitePaths.Articles, "Articles", Count(graph.Articles.Count, "article", "articles")),
                        new LinkView(SitePaths.Countries, "Countries", Count(graph.Countries.Count, "country", "countries")),
                        new LinkView(SitePaths.Agreements, "Agreements", Count(graph.Agreements.Count, "agreement", "agreements")),
                        new LinkView(SitePaths.Bibliography, "Bibliography", Count(graph.Citations.Count, "source", "sources")),
                        new LinkView(SitePaths.Search, "Search", "titles, text, sources and places"),
                    ]),
                ],
            },
        };
    }
}
