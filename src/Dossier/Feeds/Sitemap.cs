using System.Text;
using System.Xml;
using Dossier.Content;
using Dossier.Pages.Metadata;

namespace Dossier.Feeds;

/// <summary>
/// <c>sitemap.xml</c> with every indexable page and, where known, when it last changed. Sitemaps need absolute
/// addresses, so there is none without <c>base_url</c>.
/// </summary>
public static class Sitemap
{
    public static byte[]? Of(SiteSettings settings, IReadOnlyList<SitemapEntry> pages)
    {
        if (settings.BaseUrl is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.Where(p => !p.NoIndex))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", SiteUrls.Of(settings, page.Path));
                if (page.Updated is { } updated)
                {
                    xml.WriteElementString("lastmod", updated.Iso);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
