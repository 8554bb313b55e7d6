using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Pages.Metadata;

/// <summary>
/// Writes schema.org JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c> element. The encoder escapes
/// <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes, U+2028/U+2029 and everything outside ASCII, so no title can close the
/// script element (<c>&lt;/script&gt;</c>) or break the JSON.
/// </summary>
public static class LinkedDataJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static JsonObject Thing(string type, params (string Key, JsonNode? Value)[] properties)
    {
        var node = new JsonObject { ["@type"] = type };
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                node[key] = value;
            }
        }

        return node;
    }

    public static JsonNode? Text(string? value) => string.IsNullOrEmpty(value) ? null : JsonValue.Create(value);

    public static JsonNode? List(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray(items.Where(i => i is not null).ToArray());
        return array.Count == 0 ? null : array;
    }

    /// <summary>
    /// The thing with <c>@context</c> first, written as <c>ToJsonString</c> would write that object, straight from the
    /// thing's properties (moving them one by one into a new object cost a copy of the object per property).
    /// </summary>
    public static string Write(JsonObject thing)
    {
        var output = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented }))
        {
            writer.WriteStartObject();
            writer.WriteString("@context", "https://schema.org");
            foreach (var (key, value) in thing)
            {
                writer.WritePropertyName(key);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer, Options);
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(output.WrittenSpan);
    }
}
