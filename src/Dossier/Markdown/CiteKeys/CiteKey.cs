using Dossier.Diagnostics;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// One source named inside <c>[@…]</c>: its id, an optional locator (<c>p. 12</c>), an optional quote of the
/// words that support the claim (<c>quote="…"</c>) and where it was written.
/// </summary>
public sealed record CiteKey(string Id, string? Locator, int Offset)
{
    /// <summary>The source's own words for this claim, whitespace collapsed; the link checker looks for them on the page.</summary>
    public string? Quote { get; init; }

    /// <summary>Column offset of the <c>@</c> from the start of the cite, so diagnostics can point at the id itself.</summary>
    public SourceSpan SpanWithin(SourceSpan cite) => cite with { Column = cite.Column + Offset, Length = Id.Length + 1 };
}
