namespace Dossier.Pages.Views;

/// <summary>
/// A footnote as shown under the text: its number, anchors, the formatted note, the ids of the sources it cites
/// (a hook for the link checker's health marks) and links to their bibliography entries.
/// </summary>
public sealed record NoteView(int Number, string Anchor, string BackHref, string Html, IReadOnlyList<LinkView> Sources)
{
    /// <summary>The cited sources' ids, space-separated, for <c>data-sources</c>.</summary>
    public string SourceIds { get; init; } = "";

    /// <summary>Each cited source's entry in the bibliography.</summary>
    public IReadOnlyList<LinkView> BibliographyLinks { get; init; } = [];

    /// <summary>What the last link check found for each cited source that was checked.</summary>
    public IReadOnlyList<Health.HealthNotice> Health { get; init; } = [];
}
