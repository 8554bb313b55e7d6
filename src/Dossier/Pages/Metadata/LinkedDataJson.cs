using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Pages.Metadata;

/// <summary>
/// Writes schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element. The encoder escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes, U+2028/U+2029 and everything outside ASCII, so no title can close the
/// script element (<c>&lt;/script&gt;</c>) or break the JSON.
/// </summary>
public static class LinkedDataJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    public static LinkedThing Thing(string type, params (string Key, LinkedValue? Value)[] properties)
    {
        var kept = new List<(string, LinkedValue)>(properties.Length);
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                kept.Add((key, value));
            }
        }

        return new LinkedThing(type, kept);
    }

    public static LinkedValue? Text(string? value) => string.IsNullOrEmpty(value) ? null : new LinkedText(value);

    public static LinkedValue? List(IEnumerable<LinkedValue?> items)
    {
        var kept = items.OfType<LinkedValue>().ToList();
        return kept.Count == 0 ? null : new LinkedList(kept);
    }

    /// <summary>The thing with <c>@context</c> first, then its <c>@type</c> and properties in order, on one line.</summary>
    public static string Write(LinkedThing thing)
    {
        // Written into a rented array: a growing one per page left more garbage behind than the text it was copied into.
        using var output = new Search.RentedBytes();
        using (var writer = new Utf8JsonWriter(output, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            WriteProperties(thing, writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(output.Written);
    }

    private static void WriteProperties(LinkedThing thing, Utf8JsonWriter writer)
    {
        writer.WriteString("@type", thing.Type);
        // Indexed, not foreach: over an IReadOnlyList, foreach allocates an enumerator, and every page writes hundreds of values.
        for (var i = 0; i < thing.Properties.Count; i++)
        {
            var (key, value) = thing.Properties[i];
            writer.WritePropertyName(key);
            WriteValue(value, writer);
        }
    }

    private static void WriteValue(LinkedValue value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case LinkedText text:
                writer.WriteStringValue(text.Value);
                break;
            case LinkedList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Items.Count; i++)
                {
                    WriteValue(list.Items[i], writer);
                }

                writer.WriteEndArray();
                break;
            case LinkedThing thing:
                writer.WriteStartObject();
                WriteProperties(thing, writer);
                writer.WriteEndObject();
                break;
        }
    }
}
