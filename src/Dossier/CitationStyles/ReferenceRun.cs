namespace Dossier.CitationStyles;

/// <summary>
/// One run of a formatted reference: text with a style, an optional language (for <c>lang="ru"</c>
/// on a Russian title) and an optional link target (for the URL).
/// </summary>
public sealed record ReferenceRun(string Text, RunStyle Style = RunStyle.Plain, string? Language = null, string? Href = null)
{
    /// <summary>Robust Links (robustlinks.mementoweb.org): an archived copy of the link's target, as <c>data-versionurl</c>.</summary>
    public string? VersionUrl { get; init; }

    /// <summary>Robust Links: the day the target was read (ISO 8601), as <c>data-versiondate</c>.</summary>
    public string? VersionDate { get; init; }
}
