using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.Pages;
using Dossier.Site;

namespace Dossier.Search;

/// <summary>
/// The search index: every document with its title, headings, body text and the words readers may search it by that
/// are not in its text, as its collection says (a country's aliases and capital, the titles and publishers of an
/// article's sources, a source's translated title, a declared document's field values). Matching happens in the browser.
/// </summary>
public static class SearchIndex
{
    // The index is a JSON file, never inlined in HTML, so letters of every script can stay as they are (smaller).
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One document's entry: made from the document and, as its collection says, the sources it cites or its fields.</summary>
    public static SearchEntry EntryOf(PageContext context, ContentDocument document)
    {
        var collection = document.Collection;
        var body = context.Graph.Parsed[document.Id].Markdown;
        return new SearchEntry(
            SitePaths.Of(document),
            collection.KindLabel,
            document.Title,
            BodyOutline.HeadingsOf(body).Select(h => h.Text).ToList(),
            Words(collection.SearchWords(context, document)),
            BodyOutline.TextOf(body))
        {
            TitleLanguage = collection.TitleLanguageOf(document),
        };
    }

    /// <summary>One entry as it appears in the index file (the file is these, comma-separated, in brackets).</summary>
    public static byte[] ToJson(SearchEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    private static string Words(IEnumerable<string?> words) =>
        string.Join(" · ", words.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal));
}
