using Dossier.Content;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Pages.Metadata;

/// <summary>A cited source as a schema.org creative work: the entries of an article's <c>citation</c> list and a source page's own data.</summary>
public static class CitationLinkedData
{
    public static LinkedThing Of(SiteSettings settings, Citation citation) =>
        Thing(TypeOf(citation.Type),
            ("name", Text(citation.Title)),
            ("alternateName", Text(citation.TitleEn)),
            ("url", Text(citation.Url)),
            ("sameAs", Text(SiteUrls.Of(settings, SitePaths.Of(citation)))),
            ("inLanguage", Text(citation.Language ?? settings.Language)),
            ("author", List(citation.Authors.Select(a => (LinkedValue?)Thing("Person", ("name", Text(a)))))),
            ("publisher", Thing("Organization", ("name", Text(citation.Publisher)))),
            ("datePublished", Text(citation.Published?.ToString())),
            ("archivedAt", Text(citation.ArchiveUrl)));

    private static string TypeOf(CitationType type) => type switch
    {
        CitationType.News => "NewsArticle",
        CitationType.Report => "Report",
        CitationType.Book => "Book",
        CitationType.Journal => "ScholarlyArticle",
        _ => "CreativeWork",
    };
}
