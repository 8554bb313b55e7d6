using Dossier.Feeds;
using Dossier.Pages;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>The Atom feed of articles, the sitemap (when <c>base_url</c> is set) and robots.txt.</summary>
public static class ComposeFeeds
{
    public static IReadOnlyList<GeneratedFile> Run(PageContext context, IReadOnlyList<SitemapEntry> pages)
    {
        var settings = context.Graph.Settings;
        var files = new List<GeneratedFile>
        {
            new(SitePaths.Feed, AtomFeed.Of(context)),
            new(SitePaths.Robots, RobotsTxt.Of(settings)),
        };
        if (Sitemap.Of(settings, pages) is { } sitemap)
        {
            files.Add(new GeneratedFile(SitePaths.Sitemap, sitemap));
        }

        return files;
    }
}
