using Dossier.Diagnostics;

namespace Dossier.Markdown.CiteKeys;

/// <summary>One source named inside <c>[@…]</c>: its id, an optional locator (<c>p. 12</c>) and where it was written.</summary>
public sealed record CiteKey(string Id, string? Locator, int Offset)
{
    /// <summary>Column offset of the <c>@</c> from the start of the cite, so diagnostics can point at the id itself.</summary>
    public SourceSpan SpanWithin(SourceSpan cite) => cite with { Column = cite.Column + Offset, Length = Id.Length + 1 };
}
