using Markdig.Syntax.Inlines;

namespace Dossier.Markdown.WikiLinks;

/// <summary>
/// A <c>[[id]]</c> or <c>[[id|shown text]]</c> link to a country, agreement or article.
/// The parser records the target; linking resolves it to a document, kept in a <see cref="ResolvedBody"/>.
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
}
