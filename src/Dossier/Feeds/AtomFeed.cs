using System.Globalization;
using System.Text;
using System.Xml;
using Dossier.Content;
using Dossier.Pages;
using Dossier.Pages.Metadata;
using Dossier.Site;

namespace Dossier.Feeds;

/// <summary>
/// The Atom feed of articles (RFC 4287), newest first. Every date comes from the articles themselves, never
/// from the clock, so building the same content twice gives the same bytes.
/// </summary>
public static class AtomFeed
{
    public static byte[] Of(PageContext context)
    {
        var settings = context.Graph.Settings;
        var articles = context.Graph.Articles;
        DateOnly UpdatedOf(Article a) => context.LastUpdatedOf(a) is { } u && u > a.Date ? u : a.Date;
        var feedUpdated = articles.Count == 0 ? DateOnly.FromDateTime(DateTime.UnixEpoch) : articles.Max(UpdatedOf);
        var home = SiteUrls.Of(settings, SitePaths.Home);

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", settings.Title);
            if (settings.Description is not null)
            {
                xml.WriteElementString("subtitle", settings.Description);
            }

            xml.WriteElementString("id", SiteUrls.Of(settings, SitePaths.Feed) ?? TagUri(settings, "feed"));
            xml.WriteElementString("updated", Timestamp(feedUpdated));
            Link(xml, "self", SiteUrls.Of(settings, SitePaths.Feed) ?? SitePaths.Feed);
            Link(xml, "alternate", home ?? "./");
            xml.WriteStartElement("generator");
            xml.WriteString("Dossier");
            xml.WriteEndElement();

            foreach (var article in articles)
            {
                var url = SiteUrls.Of(settings, SitePaths.Of(article));
                xml.WriteStartElement("entry");
                xml.WriteElementString("title", article.Title);
                xml.WriteElementString("id", url ?? TagUri(settings, article.Id));
                Link(xml, "alternate", url ?? SitePaths.Of(article));
                xml.WriteElementString("published", Timestamp(article.Date));
                xml.WriteElementString("updated", Timestamp(UpdatedOf(article)));
                // Atom requires an author: the article's, else the dossier itself.
                foreach (var author in article.Authors.DefaultIfEmpty(settings.Title))
                {
                    xml.WriteStartElement("author");
                    xml.WriteElementString("name", author);
                    xml.WriteEndElement();
                }

                foreach (var tag in article.Tags)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", tag);
                    xml.WriteEndElement();
                }

                if (article.Summary is not null)
                {
                    xml.WriteElementString("summary", article.Summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    // Without base_url there is no address to use as an id; a name-based URN keeps ids stable across builds.
    private static string TagUri(SiteSettings settings, string name) =>
        $"urn:dossier:{Uri.EscapeDataString(settings.Title.ToLowerInvariant().Replace(' ', '-'))}:{name}";
}
