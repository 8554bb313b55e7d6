using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>The trail from the home page to a page's section ("Home › Countries"), relative to the page.</summary>
public static class Breadcrumbs
{
    public static IReadOnlyList<LinkView> Of(string page, string sectionPath, string sectionTitle) =>
    [
        new LinkView(SitePaths.Relative(page, SitePaths.Home), "Home"),
        new LinkView(SitePaths.Relative(page, sectionPath), sectionTitle),
    ];

    /// <summary>Home › the collection's index.</summary>
    public static IReadOnlyList<LinkView> Of(string page, Collections.CollectionDescriptor collection) => Of(page, collection.IndexPath, collection.Plural);

    public static IReadOnlyList<LinkView> Home(string page) => [new LinkView(SitePaths.Relative(page, SitePaths.Home), "Home")];
}
