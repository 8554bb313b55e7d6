using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dossier.Links.PageMetadata;

/// <summary>
/// The schema.org JSON-LD a page describes itself with (<c>&lt;script type="application/ld+json"&gt;</c>): the node
/// that is the page's own work (the first with a <c>headline</c>, else the first with a <c>name</c> that is not the
/// site, its publisher, a person or a breadcrumb trail), and the values a citation takes from it.
/// </summary>
public sealed class LinkedDataNode
{
    /// <summary>Types that describe something around the work (the site, who made it, navigation), never the work itself.</summary>
    private static readonly HashSet<string> NotTheWork = new(StringComparer.Ordinal)
    {
        "WebSite", "Organization", "NewsMediaOrganization", "Corporation", "GovernmentOrganization", "EducationalOrganization",
        "Person", "BreadcrumbList", "ImageObject", "VideoObject", "SiteNavigationElement", "SearchAction", "WPHeader", "WPFooter",
        "Place", "ListItem",
    };

    private readonly JsonObject _node;
    private readonly IReadOnlyList<JsonObject> _all;

    private LinkedDataNode(JsonObject node, IReadOnlyList<JsonObject> all) => (_node, _all) = (node, all);

    /// <summary>The page's work among the JSON-LD blocks, or null; <paramref name="unreadable"/> counts blocks that are not JSON.</summary>
    public static LinkedDataNode? Find(IEnumerable<string> blocks, out int unreadable)
    {
        unreadable = 0;
        var nodes = new List<JsonObject>();
        foreach (var block in blocks)
        {
            try
            {
                Collect(JsonNode.Parse(block, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }), nodes);
            }
            catch (JsonException)
            {
                unreadable++;
            }
        }

        var work = nodes.FirstOrDefault(n => Text(n["headline"]) is not null)
                   ?? nodes.FirstOrDefault(n => Text(n["name"]) is not null && !Types(n).Any(NotTheWork.Contains));
        return work is null ? null : new LinkedDataNode(work, nodes);
    }

    /// <summary>The work's <c>headline</c>, else its <c>name</c>, with the key it came from.</summary>
    public (string Value, string Key)? Title =>
        Text(_node["headline"]) is { } headline ? (headline, "headline") : Text(_node["name"]) is { } name ? (name, "name") : null;

    public string? DatePublished => Text(_node["datePublished"]);

    public string? InLanguage => Text(_node["inLanguage"]) ?? Text((_node["inLanguage"] as JsonObject)?["alternateName"]);

    public string? Url => Text(_node["url"]);

    /// <summary>The publisher's name: a nested object's <c>name</c>, a plain string, or the node an <c>@id</c> refers to.</summary>
    public string? PublisherName
    {
        get
        {
            var publisher = _node["publisher"] is JsonArray list ? list.FirstOrDefault() : _node["publisher"];
            if (publisher is JsonObject organisation)
            {
                if (Text(organisation["name"]) is { } name)
                {
                    return name;
                }

                var id = Text(organisation["@id"]);
                return id is null ? null : _all.Where(n => Text(n["@id"]) == id).Select(n => Text(n["name"])).FirstOrDefault(n => n is not null);
            }

            return Text(publisher);
        }
    }

    private static void Collect(JsonNode? node, List<JsonObject> nodes)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, nodes);
                }

                break;
            case JsonObject obj:
                if (obj["@graph"] is { } graph)
                {
                    Collect(graph, nodes);
                }

                if (obj.ContainsKey("@type"))
                {
                    nodes.Add(obj);
                }

                break;
        }
    }

    private static IEnumerable<string> Types(JsonObject node) => node["@type"] switch
    {
        JsonArray types => types.Select(Text).OfType<string>(),
        var single when Text(single) is { } type => [type],
        _ => [],
    };

    /// <summary>A JSON string value with its white space squeezed; null for anything else or an empty string.</summary>
    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text)
            ? Dossier.Markdown.PlainText.Squeeze(text).Trim()
            : null;
}
