using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>The indexes of the dossier, offered where a reader is stuck: the 404 page and search without JavaScript.</summary>
public static class WaysIn
{
    /// <param name="root">The prefix that leads to the site root from the page the links are shown on.</param>
    public static IReadOnlyList<LinkView> Of(string root) =>
    [
        new(root + SitePaths.Articles, "Articles"),
        new(root + SitePaths.Countries, "Countries"),
        new(root + SitePaths.Agreements, "Agreements"),
        new(root + SitePaths.Bibliography, "Bibliography"),
    ];
}
