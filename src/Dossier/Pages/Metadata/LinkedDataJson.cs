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

    public static string Write(JsonObject thing)
    {
        var document = new JsonObject { ["@context"] = "https://schema.org" };
        foreach (var (key, value) in thing.ToList())
        {
            thing.Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(Options);
    }
}
