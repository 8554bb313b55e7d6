using Dossier.Diagnostics;

namespace Dossier.Content;

/// <summary>
/// Where a document came from: its relative path, the Markdown body and the line the body
/// starts on, and the position of every front-matter key so later stages can point at it.
/// </summary>
public sealed record DocumentSource(
    string Path,
    string Body,
    int BodyStartLine,
    IReadOnlyDictionary<string, SourceSpan> KeySpans)
{
    /// <summary>Warning codes the file's <c>silence:</c> key turns off for this file.</summary>
    public IReadOnlyList<string> Silenced { get; init; } = [];

    /// <summary>The position of a front-matter key's value, or the file itself when the key is absent.</summary>
    public SourceSpan SpanOf(string key) =>
        KeySpans.TryGetValue(key, out var span) ? span : SourceSpan.File(Path);
}
