using Dossier.Diagnostics;

namespace Dossier.Content;

/// <summary>
/// Where a document came from: its relative path, the file's text and the line its Markdown body
/// starts on, and the position of every front-matter key so later stages can point at it.
/// </summary>
public sealed record DocumentSource(
    string Path,
    string Text,
    int BodyStartLine,
    IReadOnlyDictionary<string, SourceSpan> KeySpans)
{
    /// <summary>
    /// The line of the file (from 1) of a line Markdig gives in the parsed body (from 0): the whole text is parsed, so
    /// Markdig counts the file's lines.
    /// </summary>
    public int LineOf(int markdownLine) => markdownLine + 1;

    /// <summary>Warning codes the file's <c>silence:</c> key turns off for this file.</summary>
    public IReadOnlyList<string> Silenced { get; init; } = [];

    /// <summary>The position of a front-matter key's value, or the file itself when the key is absent.</summary>
    public SourceSpan SpanOf(string key) =>
        KeySpans.TryGetValue(key, out var span) ? span : SourceSpan.File(Path);
}
