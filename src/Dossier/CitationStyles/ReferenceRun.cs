namespace Dossier.CitationStyles;

/// <summary>
/// One run of a formatted reference: text with a style, an optional language (for <c>lang="ru"</c>
/// on a Russian title) and an optional link target (for the URL).
/// </summary>
public sealed record ReferenceRun(string Text, RunStyle Style = RunStyle.Plain, string? Language = null, string? Href = null);
