namespace Dossier.Health;

/// <summary>
/// The last check of one cited URL, as the site shows it to readers ("link checked …", "dead link —
/// archived copy", "quote verified"). The build reads these from the link checker's cache when there is
/// one; the core does not depend on the checker.
/// </summary>
public sealed record LinkHealth(string Url, LinkState State, DateOnly CheckedOn)
{
    /// <summary>An archived copy the checker found, used when the citation has no <c>archive_url</c> of its own.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>True when the citation's quote was found on the page, false when it was not, null when not checked.</summary>
    public bool? QuoteVerified { get; init; }

    /// <summary>
    /// Each quote looked for on the page at the last check (the source's <c>quote</c> and the footnotes' own), and whether
    /// it was there; quotes that could not be looked for are absent.
    /// </summary>
    public IReadOnlyDictionary<string, bool> Quotes { get; init; } = new Dictionary<string, bool>();
}
