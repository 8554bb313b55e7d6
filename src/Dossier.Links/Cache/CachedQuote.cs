using Dossier.Links.Checking;

namespace Dossier.Links.Cache;

/// <summary>A quote checked on a page, and what was found.</summary>
public sealed record CachedQuote(string Text, QuoteFinding Finding)
{
    /// <summary>
    /// The fingerprint of the words around the quote when it was last found (<see cref="Dossier.Links.Quotes.QuoteFingerprint"/>); null in
    /// entries written before fingerprints were kept, which get one the next time the page is read.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>The day the page was first seen with these words around the quote.</summary>
    public DateOnly? FingerprintedOn { get; init; }
}
