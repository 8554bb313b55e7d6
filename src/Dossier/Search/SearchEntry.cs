using System.Text.Json.Serialization;

namespace Dossier.Search;

/// <summary>
/// One page in the search index. Short property names keep the index small; the theme's script reads them.
/// </summary>
public sealed record SearchEntry(
    [property: JsonPropertyName("u")] string Path,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("t")] string Title,
    [property: JsonPropertyName("h")] IReadOnlyList<string> Headings,
    [property: JsonPropertyName("x")] string Keywords,
    [property: JsonPropertyName("b")] string Body)
{
    /// <summary>Language of the title when it is not the site's (a Russian source), so results can mark it.</summary>
    [JsonPropertyName("l")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TitleLanguage { get; init; }
}
