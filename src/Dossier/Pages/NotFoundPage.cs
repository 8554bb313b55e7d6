using Dossier.Pages.Metadata;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// Composes <c>404.html</c>. Static hosts serve it at whatever address was missing (<c>/dossier/a/b/c</c>), so its
/// links cannot be relative: they start from the path in <c>base_url</c> (<c>/dossier/</c>), or <c>/</c> without one.
/// </summary>
public static class NotFoundPage
{
    public static PageView Compose(PageContext context)
    {
        var root = SiteUrls.RootPath(context.Graph.Settings);
        return new PageView
        {
            Layout = "not-found",
            Path = SitePaths.NotFound,
            Title = "Page not found",
            Description = "There is no page at this address.",
            AbsoluteRoot = root,
            NoIndex = true,
            Items = [new LinkView(root + SitePaths.Home, "Home"), .. WaysIn.Of(context.Graph.Collections, root), new LinkView(root + SitePaths.Search, "Search")],
        };
    }
}
