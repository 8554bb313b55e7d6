using Markdig.Syntax.Inlines;

namespace Dossier.Markdown.WikiLinks;

/// <summary>
/// A <c>[[id]]</c> or <c>[[id|shown text]]</c> link to a country, agreement or article.
/// The parser records the target; the graph stage resolves it to a title and an address.
/// </summary>
public sealed class WikiLinkInline : LeafInline
{
    public WikiLinkInline(string target, string? label, string raw)
    {
        Target = target;
        Label = label;
        Raw = raw;
    }

    public string Target { get; }

    /// <summary>Text to show instead of the target's title.</summary>
    public string? Label { get; }

    public string Raw { get; }

    /// <summary>Address of the target page relative to the page being rendered; null until resolved.</summary>
    public string? Href { get; set; }

    /// <summary>The target's title, shown when there is no label.</summary>
    public string? TargetTitle { get; set; }
}
