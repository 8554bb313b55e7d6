using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Content;

namespace Dossier.Interchange.CslJson;

/// <summary>
/// Writes a CSL-JSON array (the input format of citeproc processors, Zotero, Pandoc): <c>issued</c> and <c>accessed</c>
/// as <c>date-parts</c> (partial dates stay partial), authors as family/given or literal, the translated title in
/// <c>translated-title</c>, the archived copy in <c>custom</c>. UTF-8 text is written as it is, not escaped.
/// </summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the array into <paramref name="output"/> through <paramref name="json"/>, reset onto it first; ends with a line break.</summary>
    /// <remarks>For a caller writing many small files: the writer and its buffer are reused, not made and grown for each.</remarks>
    public static void Write(IEnumerable<InterchangeEntry> entries, Utf8JsonWriter json, ArrayBufferWriter<byte> output)
    {
        json.Reset(output);
        json.WriteStartArray();
        foreach (var entry in entries)
        {
            Write(entry, json);
        }

        json.WriteEndArray();
        json.Flush();
        output.Write("\n"u8);
    }

    /// <summary>A writer for <see cref="Write(IEnumerable{InterchangeEntry}, Utf8JsonWriter, ArrayBufferWriter{byte})"/>, in CSL-JSON's layout.</summary>
    public static Utf8JsonWriter NewWriter(ArrayBufferWriter<byte> output) => new(output, Options);

    public static byte[] Write(IEnumerable<InterchangeEntry> entries)
    {
        var output = new ArrayBufferWriter<byte>();
        using var json = NewWriter(output);
        Write(entries, json, output);
        return output.WrittenSpan.ToArray();
    }

    private static void Write(InterchangeEntry entry, Utf8JsonWriter json)
    {
        var type = entry.Type ?? CitationType.Web;
        json.WriteStartObject();
        json.WriteString("id", entry.Key);
        json.WriteString("type", CslJsonTypes.Write(type));
        if (type == CitationType.Government)
        {
            json.WriteString("genre", CslJsonTypes.GovernmentGenre);
        }

        if (type == CitationType.Pdf)
        {
            json.WriteString("medium", "PDF");
        }

        json.WriteString("title", entry.Title);
        if (entry.TitleEn is { } titleEn)
        {
            json.WriteString("translated-title", titleEn);
        }

        if (entry.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in entry.Authors)
            {
                var name = PersonName.Of(author);
                json.WriteStartObject();
                if (name.IsLiteral)
                {
                    json.WriteString("literal", name.Family);
                }
                else
                {
                    json.WriteString("family", name.Family);
                    json.WriteString("given", name.Given);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (entry.Publisher is { Length: > 0 } publisher)
        {
            json.WriteString(type is CitationType.News or CitationType.Journal ? "container-title" : "publisher", publisher);
        }

        Date(json, "issued", entry.Published);
        Date(json, "accessed", entry.Accessed);
        if (entry.Language is { } language)
        {
            json.WriteString("language", language);
        }

        if (entry.Doi is { } doi)
        {
            json.WriteString("DOI", doi);
        }

        if (entry.Url is { } url)
        {
            json.WriteString("URL", url);
        }

        if (entry.ArchiveUrl is { } archive)
        {
            json.WriteStartObject("custom");
            json.WriteString("archive_url", archive);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is not { } d)
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(d.Year);
        if (d.Month is { } month)
        {
            json.WriteNumberValue(month);
        }

        if (d.Day is { } day)
        {
            json.WriteNumberValue(day);
        }

        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
