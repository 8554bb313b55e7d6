using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// Composes the search page. The theme's script searches the index in the browser; without JavaScript the page
/// says so and offers the indexes instead, listed here.
/// </summary>
public static class SearchPage
{
    public static PageView Compose(PageContext context)
    {
        const string page = SitePaths.Search;
        return new PageView
        {
            Layout = "search",
            Path = page,
            Title = "Search",
            Description = $"Search the articles, countries, agreements and sources of {context.Graph.Settings.Title}.",
            Section = "search",
            Breadcrumbs = Breadcrumbs.Home(page),
            Items = WaysIn.Of(context.Graph.Collections, SitePaths.RootFrom(page)),
        };
    }
}
