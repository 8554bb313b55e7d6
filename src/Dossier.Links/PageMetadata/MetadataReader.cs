using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Markdown;
using Dossier.Reading;

namespace Dossier.Links.PageMetadata;

/// <summary>
/// Reads what a citation needs from a page's own metadata, most trusted first: Highwire <c>citation_*</c> tags (written
/// for Google Scholar and Zotero), then schema.org JSON-LD, then OpenGraph, then plain HTML (<c>&lt;title&gt;</c>,
/// <c>&lt;html lang&gt;</c>, <c>&lt;link rel=canonical&gt;</c>). For each field the first usable value wins; a value
/// that is there but unusable (a date that is not one) is passed over and named in <see cref="CitationMetadata.Skipped"/>.
/// </summary>
public static class MetadataReader
{
    /// <param name="html">The page.</param>
    /// <param name="address">The address it was fetched from (after redirects), to resolve relative addresses against.</param>
    public static CitationMetadata Read(string html, Uri address)
    {
        var document = new HtmlParser().ParseDocument(html);
        var linkedData = LinkedDataNode.Find(
            document.QuerySelectorAll("script").Where(s => IsLinkedData(s.GetAttribute("type"))).Select(s => s.TextContent), out var unreadable);
        var skipped = new List<string>();
        if (unreadable > 0)
        {
            skipped.Add($"{unreadable} JSON-LD block(s) that are not valid JSON");
        }

        var title = First(
            Meta(document, "citation_title"),
            linkedData?.Title is { } t ? new FoundValue(t.Value, $"JSON-LD {t.Key}") : null,
            Meta(document, "og:title"),
            Squeezed(document.Title) is { } plain ? new FoundValue(plain, "<title>") : null);
        var publisher = First(
            Meta(document, "citation_publisher"),
            Meta(document, "citation_journal_title"),
            linkedData?.PublisherName is { } p ? new FoundValue(p, "JSON-LD publisher.name") : null,
            Meta(document, "og:site_name"));
        var published = FirstUsable(skipped, "a date", MetaDates.Normalise,
            Meta(document, "citation_publication_date"),
            Meta(document, "citation_date"),
            Meta(document, "citation_online_date"),
            linkedData?.DatePublished is { } d ? new FoundValue(d, "JSON-LD datePublished") : null,
            Meta(document, "article:published_time"));
        var language = FirstUsable(skipped, "a BCP 47 language tag", LanguageTag,
            Meta(document, "citation_language"),
            linkedData?.InLanguage is { } l ? new FoundValue(l, "JSON-LD inLanguage") : null,
            document.DocumentElement.GetAttribute("lang") is { Length: > 0 } lang ? new FoundValue(lang.Trim(), "<html lang>") : null);
        var canonical = document.QuerySelectorAll("link[rel][href]")
            .FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase));
        var url = FirstUsable(skipped, "an absolute http(s) address", u => Absolute(u, address),
            Meta(document, "citation_public_url"),
            Meta(document, "citation_abstract_html_url"),
            linkedData?.Url is { } u ? new FoundValue(u, "JSON-LD url") : null,
            Meta(document, "og:url"),
            canonical is null ? null : new FoundValue(canonical.GetAttribute("href")!.Trim(), "<link rel=canonical>"));
        return new CitationMetadata(title, publisher, published, language, url) { Skipped = skipped };
    }

    private static bool IsLinkedData(string? type) =>
        type is not null && type.Split(';')[0].Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>The content of the first <c>&lt;meta name=…&gt;</c> or <c>&lt;meta property=…&gt;</c> (OpenGraph's attribute) with this key.</summary>
    private static FoundValue? Meta(IDocument document, string key)
    {
        var content = document.QuerySelectorAll("meta[content]")
            .Where(m => string.Equals(m.GetAttribute("name")?.Trim(), key, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(m.GetAttribute("property")?.Trim(), key, StringComparison.OrdinalIgnoreCase))
            .Select(m => Squeezed(m.GetAttribute("content")))
            .FirstOrDefault(c => c is not null);
        return content is null ? null : new FoundValue(content, key);
    }

    private static FoundValue? First(params FoundValue?[] candidates) => candidates.FirstOrDefault(c => c is not null);

    /// <summary>The first candidate <paramref name="usable"/> turns into a value; the ones before it that it could not are named.</summary>
    private static FoundValue? FirstUsable(List<string> skipped, string what, Func<string, string?> usable, params FoundValue?[] candidates)
    {
        foreach (var candidate in candidates.OfType<FoundValue>())
        {
            if (usable(candidate.Value) is { } value)
            {
                return candidate with { Value = value };
            }

            skipped.Add($"{candidate.Where} `{candidate.Value}` is not {what}");
        }

        return null;
    }

    /// <summary>A language tag as front matter takes it: OpenGraph-style <c>en_US</c> becomes <c>en-US</c>.</summary>
    private static string? LanguageTag(string text)
    {
        var tag = text.Trim().Replace('_', '-');
        return FrontMatterFields.IsLanguageTag(tag) ? tag : null;
    }

    private static string? Absolute(string text, Uri address) =>
        Uri.TryCreate(address, text, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static string? Squeezed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : PlainText.Squeeze(text).Trim();
}
