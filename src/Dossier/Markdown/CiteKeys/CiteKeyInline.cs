using Markdig.Syntax.Inlines;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// A <c>[@id]</c>, <c>[@id, p. 12]</c>, <c>[@id, quote="…"]</c> or <c>[@a; @b]</c> in the text: one footnote citing one
/// or more sources. The parser records what it saw; footnote numbering numbers the note (kept in a <see cref="ResolvedBody"/>).
/// </summary>
public sealed class CiteKeyInline : LeafInline
{
    public CiteKeyInline(IReadOnlyList<CiteKey> keys, string raw)
    {
        Keys = keys;
        Raw = raw;
    }

    public IReadOnlyList<CiteKey> Keys { get; }

    /// <summary>The text as written, shown as-is when the note cannot be resolved.</summary>
    public string Raw { get; }

    /// <summary>A quote attribute that could not be read; the build reports it where the cite is.</summary>
    public CiteProblem? Problem { get; init; }
}
