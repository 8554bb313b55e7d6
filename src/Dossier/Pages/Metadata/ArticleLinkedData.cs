using Dossier.Content;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Pages.Metadata;

/// <summary>An article as a schema.org <c>Article</c>, with every source it cites in <c>citation</c>.</summary>
public static class ArticleLinkedData
{
    public static string Of(PageContext context, Article article, IReadOnlyList<Country> countries)
    {
        var settings = context.Graph.Settings;
        var url = SiteUrls.Of(settings, SitePaths.Of(article));
        return Write(Thing("Article",
            ("headline", Text(article.Title)),
            ("description", Text(article.Summary)),
            ("url", Text(url)),
            ("mainEntityOfPage", Text(url)),
            ("inLanguage", Text(settings.Language)),
            ("datePublished", Text(DateText.Iso(article.Date))),
            ("dateModified", Text(context.LastUpdatedOf(article) is { } updated ? DateText.Iso(updated) : null)),
            ("author", List(article.Authors.Select(a => (LinkedValue?)Thing("Person", ("name", Text(a)))))),
            ("publisher", Thing("Organization", ("name", Text(settings.Title)), ("url", Text(SiteUrls.Of(settings, SitePaths.Home))))),
            ("keywords", Text(string.Join(", ", article.Tags))),
            ("about", List(countries.Select(c => (LinkedValue?)Thing("Country", ("name", Text(c.Title)), ("url", Text(SiteUrls.Of(settings, SitePaths.Of(c)))))))),
            ("citation", List(context.Graph.SourcesOf(article.Id).Select(c => (LinkedValue?)context.CitationForms.LinkedData(c))))));
    }
}
