using Dossier.Pages.Views;

namespace Dossier.Feeds;

/// <summary>
/// What the sitemap needs of a page: its path, whether it may be indexed and when it last changed. Kept per page
/// instead of the page's whole view, which can then be let go as soon as the page is laid out.
/// </summary>
public sealed record SitemapEntry(string Path, bool NoIndex, DateView? Updated)
{
    public static SitemapEntry Of(PageView page) => new(page.Path, page.NoIndex, page.Updated);
}
