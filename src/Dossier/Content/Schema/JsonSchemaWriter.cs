using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Content.Schema;

/// <summary>
/// Writes a collection's front-matter schema as a JSON Schema (draft 2020-12) for editors' YAML tooling:
/// completion, descriptions and red squiggles in VS Code. Values are typed as a YAML 1.2 reader types
/// them (an unquoted <c>1997</c> is a number), since that is what the editor's YAML extension checks.
/// </summary>
public static class JsonSchemaWriter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(CollectionSchema schema)
    {
        var properties = new JsonObject();
        foreach (var field in schema.Fields)
        {
            var property = ValueOf(field);
            property["description"] = field.Description;
            properties[field.Name] = property;
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"Dossier {schema.Name} front matter",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray(schema.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name).ToArray()),
            ["properties"] = properties,
        };
        return root.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonObject ValueOf(FieldSpec field) => field.Kind switch
    {
        FieldKind.Text => Scalar(),
        FieldKind.TextList => new JsonObject { ["type"] = "array", ["items"] = Scalar() },
        FieldKind.IdList => new JsonObject
        {
            ["type"] = "array",
            ["minItems"] = field.MinItems,
            ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z][a-z0-9-]*$", ["maxLength"] = DocumentId.MaxLength },
        },
        FieldKind.Date => new JsonObject { ["type"] = "string", ["format"] = "date", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        FieldKind.PartialDate => PartialDate(),
        FieldKind.Choice => new JsonObject { ["enum"] = new JsonArray(field.Choices.Select(c => (JsonNode)c).ToArray()) },
        FieldKind.Bool => new JsonObject { ["type"] = "boolean" },
        FieldKind.Url => new JsonObject { ["type"] = "string", ["format"] = "uri", ["pattern"] = "^https?://[^\\s/]+[^\\s]*$" },
        FieldKind.Language => new JsonObject { ["type"] = "string", ["pattern"] = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
        FieldKind.Period => new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject { ["start"] = PartialDate(), ["end"] = PartialDate() },
        },
        FieldKind.Number => new JsonObject { ["type"] = new JsonArray("number", "string"), ["pattern"] = "^-?[0-9]+(\\.[0-9]+)?$" },
        FieldKind.Id => new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z][a-z0-9-]*$", ["maxLength"] = DocumentId.MaxLength },
        FieldKind.Collections => Collections(),
        FieldKind.Any => new JsonObject(),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The <c>collections:</c> of <c>dossier.yml</c>: a mapping of collection names to their declarations.</summary>
    private static JsonObject Collections()
    {
        var types = new JsonArray("string", "date", "url", "number", "bool", "enum", "ref", "refs");
        var field = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("type"),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["enum"] = types, ["description"] = "the field's type" },
                ["required"] = new JsonObject { ["type"] = "boolean", ["description"] = "every document must give it" },
                ["to"] = new JsonObject
                {
                    ["description"] = "ref and refs: the collection, or a list of collections, whose ids it names",
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
                },
                ["values"] = new JsonObject { ["type"] = "array", ["items"] = Scalar(), ["description"] = "enum: the words it may be" },
                ["description"] = new JsonObject { ["type"] = "string", ["description"] = "what it means" },
            },
        };
        var collection = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["type"] = "string", ["description"] = "the collection's title, plural, e.g. Events" },
                ["singular"] = new JsonObject { ["type"] = "string", ["description"] = "one document, e.g. Event" },
                ["description"] = new JsonObject { ["type"] = "string", ["description"] = "one sentence for the index page" },
                ["fields"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "the front-matter fields of its documents, besides title, summary, updated, draft and silence",
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z][a-z0-9_]*$" },
                    ["additionalProperties"] = field,
                },
            },
        };
        return new JsonObject
        {
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = "^[a-z][a-z0-9-]*$" },
            ["additionalProperties"] = collection,
        };
    }

    /// <summary>Any single value: Dossier reads an unquoted number or boolean as its text.</summary>
    private static JsonObject Scalar() => new() { ["type"] = new JsonArray("string", "number", "boolean") };

    private static JsonObject PartialDate() => new()
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" },
            new JsonObject { ["type"] = "integer", ["minimum"] = 1000, ["maximum"] = 9999 }),
    };
}
