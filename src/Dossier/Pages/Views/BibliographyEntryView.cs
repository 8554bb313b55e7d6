namespace Dossier.Pages.Views;

/// <summary>An entry of the bibliography: the formatted reference, its own anchor and every footnote citing it.</summary>
public sealed record BibliographyEntryView(string Id, string Html, string SourceHref, IReadOnlyList<LinkView> CitedIn)
{
    /// <summary>What the last link check found, when there was one.</summary>
    public Health.HealthNotice? Health { get; init; }

    /// <summary>The entry as a COinS OpenURL, for the empty <c>span class="Z3988"</c> reference managers read.</summary>
    public string? Coins { get; init; }
}
