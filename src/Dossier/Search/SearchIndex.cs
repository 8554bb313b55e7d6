using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Site;
using Markdig.Syntax;

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
        var (body, resolved) = BodyOf(context, document);
        return WithoutBody(context, document, body, resolved) with { Body = BodyOutline.TextOf(body, resolved) };
    }

    /// <summary>One entry as it appears in the index file (the file is these, comma-separated, in brackets).</summary>
    public static byte[] ToJson(SearchEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Options);

    /// <summary>
    /// What <see cref="ToJson"/> of <see cref="EntryOf"/> gives, with the body written from its text in a rented buffer:
    /// bodies are most of the index, and making each a string before its JSON was a quarter of what the index allocated.
    /// </summary>
    public static byte[] JsonOf(PageContext context, ContentDocument document)
    {
        var (body, resolved) = BodyOf(context, document);
        using var text = new PlainTextBuffer(squeeze: true);
        BodyOutline.AppendTextOf(text, body, resolved);
        using var json = new RentedBytes();
        Write(json, WithoutBody(context, document, body, resolved), text.Text);
        return json.ToArray();
    }

    /// <summary>
    /// Writes an entry as <see cref="ToJson"/> does (the properties in their order, the language only when there is
    /// one), with <paramref name="body"/> for its body: the entry's own <see cref="SearchEntry.Body"/> is not read.
    /// </summary>
    internal static void Write(IBufferWriter<byte> output, SearchEntry entry, ReadOnlySpan<char> body)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder });
        json.WriteStartObject();
        json.WriteString("u", entry.Path);
        json.WriteString("k", entry.Kind);
        json.WriteString("t", entry.Title);
        json.WriteStartArray("h");
        foreach (var heading in entry.Headings)
        {
            json.WriteStringValue(heading);
        }

        json.WriteEndArray();
        json.WriteString("x", entry.Keywords);
        json.WriteString("b", body);
        if (entry.TitleLanguage is { } language)
        {
            json.WriteString("l", language);
        }

        json.WriteEndObject();
    }

    private static (MarkdownDocument Body, ResolvedBody Resolved) BodyOf(PageContext context, ContentDocument document) =>
        (context.Graph.Parsed[document.Id].Markdown, context.Graph.ResolvedOf(document.Id));

    /// <summary>A document's entry with an empty body, which <see cref="EntryOf"/> and <see cref="JsonOf"/> each give in their own way.</summary>
    private static SearchEntry WithoutBody(PageContext context, ContentDocument document, MarkdownDocument body, ResolvedBody resolved)
    {
        var collection = document.Collection;
        return new SearchEntry(
            SitePaths.Of(document),
            collection.KindLabel,
            document.Title,
            BodyOutline.HeadingsOf(body, resolved).Select(h => h.Text).ToList(),
            Words(collection.SearchWords(context, document)),
            Body: "")
        {
            TitleLanguage = collection.TitleLanguageOf(document),
        };
    }

    private static string Words(IEnumerable<string?> words) =>
        string.Join(" · ", words.Where(w => !string.IsNullOrWhiteSpace(w)).Distinct(StringComparer.Ordinal));
}
