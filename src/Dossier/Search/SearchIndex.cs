using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
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

    public static IReadOnlyList<SearchEntry> Entries(PageContext context) => EntriesOf(context).ToList();

    public static byte[] ToJson(IReadOnlyList<SearchEntry> entries) => JsonSerializer.SerializeToUtf8Bytes(entries, Options);

    /// <summary>
    /// The index as JSON, the same bytes as <see cref="ToJson"/> of <see cref="Entries"/>, but each entry is written
    /// as it is made: every page's text is in the index, and holding all entries at once cost a large site hundreds of MB.
    /// </summary>
    public static byte[] JsonOf(PageContext context)
    {
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true }))
        {
            writer.WriteStartArray();
            foreach (var entry in EntriesOf(context))
            {
                JsonSerializer.Serialize(writer, entry, Options);
            }

            writer.WriteEndArray();
        }

        return output.ToArray();
    }

    private static IEnumerable<SearchEntry> EntriesOf(PageContext context)
    {
        var graph = context.Graph;
        foreach (var a in graph.Articles)
        {
            yield return Entry(context, a, "Article", KeywordsOf(a, graph.SourcesOf(a.Id)));
        }

        foreach (var c in graph.Countries)
        {
            yield return Entry(context, c, "Country", Words([c.Iso3, c.Capital, c.Region, .. c.Aliases]));
        }

        foreach (var a in graph.Agreements)
        {
            yield return Entry(context, a, "Agreement", Words([Labels.Of(a.Kind), .. graph.SourcesOf(a.Id).SelectMany(SourceWords)]));
        }

        foreach (var c in graph.Citations)
        {
            yield return Entry(context, c, "Source", Words([c.TitleEn, c.Publisher, .. c.Authors])) with { TitleLanguage = c.Language };
        }
    }

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
