using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>Composes a collection's list of all its documents, in the collection's order.</summary>
public static class IndexPages
{
    /// <param name="detail">What follows each document's title (a date, a region, a summary), if anything.</param>
    public static PageView Listing(PageContext context, CollectionDescriptor collection, string description, Func<ContentDocument, string?> detail)
    {
        var path = collection.IndexPath;
        return new PageView
        {
            Layout = "listing",
            Path = path,
            Title = collection.Plural,
            Description = description,
            Section = collection.Section,
            Breadcrumbs = Breadcrumbs.Home(path),
            Items = context.Graph.ListOf(collection)
                .Select(d => new LinkView(Site.SitePaths.Relative(path, Site.SitePaths.Of(d)), d.Title, detail(d)))
                .ToList(),
        };
    }
}
