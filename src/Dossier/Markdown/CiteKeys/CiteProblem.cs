using Dossier.Diagnostics;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// What is wrong with a cite that is clearly meant as one (<c>[@id, quote=…</c>) but cannot be read: reported at
/// <see cref="Offset"/> characters from its <c>[</c> once the document's position in its file is known.
/// </summary>
public sealed record CiteProblem(string Message, string Hint, int Offset, int Length)
{
    /// <summary>The problem's place in the file; a problem on a later line of a wrapped cite points at the cite itself.</summary>
    public SourceSpan SpanWithin(SourceSpan cite, string raw)
    {
        var before = raw.AsSpan(0, Math.Min(Offset, raw.Length));
        return before.ContainsAny('\n', '\r')
            ? cite with { Length = 1 }
            : cite with { Column = cite.Column + Offset, Length = Math.Max(1, Length) };
    }
}
