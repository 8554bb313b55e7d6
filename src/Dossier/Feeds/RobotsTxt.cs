using System.Text;
using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Site;

namespace Dossier.Feeds;

/// <summary><c>robots.txt</c>: everything may be crawled; it names the sitemap when there is one.</summary>
public static class RobotsTxt
{
    public static byte[] Of(SiteSettings settings)
    {
        var text = new StringBuilder("User-agent: *\nAllow: /\n");
        if (SiteUrls.Of(settings, SitePaths.Sitemap) is { } sitemap)
        {
            text.Append("\nSitemap: ").Append(sitemap).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
