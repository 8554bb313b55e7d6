using System.Globalization;
using Dossier.Content;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages.Metadata;

/// <summary>
/// Highwire Press <c>citation_*</c> tags, which Google Scholar and Zotero read to cite an article,
/// including a <c>citation_reference</c> for each source it cites.
/// </summary>
public static class HighwireTags
{
    public static IReadOnlyList<MetaTagView> Of(PageContext context, Article article)
    {
        var settings = context.Graph.Settings;
        var tags = new List<MetaTagView> { new("citation_title", article.Title) };
        tags.AddRange(article.Authors.Select(a => new MetaTagView("citation_author", a)));
        tags.Add(new("citation_publication_date", Slashed(article.Date)));
        if (context.LastUpdatedOf(article) is { } updated)
        {
            tags.Add(new("citation_online_date", Slashed(updated)));
        }

        tags.Add(new("citation_publisher", settings.Title));
        tags.Add(new("citation_language", settings.Language));
        if (SiteUrls.Of(settings, SitePaths.Of(article)) is { } url)
        {
            tags.Add(new("citation_abstract_html_url", url));
        }

        tags.AddRange(article.Tags.Select(t => new MetaTagView("citation_keywords", t)));
        tags.AddRange(context.Graph.SourcesOf(article.Id).Select(context.CitationForms.HighwireReference));
        return tags;
    }

    private static string Slashed(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    // Highwire's own format for references: key=value pairs separated by semicolons.
    internal static string Reference(Citation citation)
    {
        var parts = new List<string> { $"citation_title={Clean(citation.Title)}" };
        parts.AddRange(citation.Authors.Select(a => $"citation_author={Clean(a)}"));
        parts.Add($"citation_publisher={Clean(citation.Publisher)}");
        if (citation.Published is { } published)
        {
            parts.Add($"citation_publication_date={published.ToString().Replace('-', '/')}");
        }

        parts.Add($"citation_public_url={citation.Url}");
        return string.Join("; ", parts);
    }

    private static string Clean(string text) => text.Replace(';', ',');
}
