using Dossier.Collections;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>The indexes of the dossier, offered where a reader is stuck: the 404 page and search without JavaScript.</summary>
public static class WaysIn
{
    /// <param name="root">The prefix that leads to the site root from the page the links are shown on.</param>
    public static IReadOnlyList<LinkView> Of(CollectionSet collections, string root) =>
        collections.All.Select(c => new LinkView(root + c.IndexPath, c.Plural)).ToList();
}
