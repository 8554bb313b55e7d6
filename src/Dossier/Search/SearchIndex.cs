using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Pages;
using Dossier.Site;

namespace Dossier.Search;

/// <summary>
/// The search index: every article, country, agreement and source with its title, headings, body text and the
/// words readers may search it by that are not in its text (a country's aliases and capital, the titles and
/// publishers of an article's sources, a source's translated title). Matching happens in the browser.
/// </summary>
public static class SearchIndex
{
    // The index is a JSON file, never inlined in HTML, so letters of every script can stay as they are (smaller).
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One document's entry: made from the document and the front matter of the sources it cites.</summary>
    public static SearchEntry EntryOf(PageContext context, ContentDocument document)
    {
        var graph = context.Graph;
        return document switch
        {
            Article a => Entry(context, a, "Article", KeywordsOf(a, graph.SourcesOf(a.Id))),
            Country c => Entry(context, c, "Country", Words([c.Iso3, c.Capital, c.Region, .. c.Aliases])),
            Agreement a => Entry(context, a, "Agreement", Words([Labels.Of(a.Kind), .. graph.SourcesOf(a.Id).SelectMany(SourceWords)])),
            Citation c => Entry(context, c, "Source", Words([c.TitleEn, c.Publisher, .. c.Authors])) with { TitleLanguage = c.Language },
            _ => throw new ArgumentOutOfRangeException(nameof(document)),
        };
    }

    /// <summary>One entry as it appears in the index file (the file is these, comma-separated, in brackets).</summary>
    public static byte[] ToJson(SearchEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    private static SearchEntry Entry(PageContext context, ContentDocument document, string kind, string keywords)
    {
        var body = context.Graph.Parsed[document.Id].Markdown;
        return new SearchEntry(
            SitePaths.Of(document),
            kind,
            document.Title,
            BodyOutline.HeadingsOf(body).Select(h => h.Text).ToList(),
            keywords,
            BodyOutline.TextOf(body));
    }

    private static string KeywordsOf(Article article, IReadOnlyList<Citation> sources) =>
        Words([.. article.Authors, .. article.Tags, .. sources.SelectMany(SourceWords)]);

    private static IEnumerable<string?> SourceWords(Citation c) => [c.Title, c.TitleEn, c.Publisher];

    private static string Words(IEnumerable<string?> words) =>
        string.Join(" · ", words.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal));
}
