using Dossier.Links.Checking;

namespace Dossier.Links.Cache;

/// <summary>
/// One URL's last check, as stored in <c>.dossier/links.json</c>. The site build reads these to show
/// each bibliography entry's health ("link checked 2026-11-28", "dead link — archived copy", "quote verified").
/// </summary>
public sealed record LinkCacheEntry(string Url, Verdict Verdict, DateTimeOffset CheckedAt)
{
    /// <summary>
    /// The rules verdicts are reached by now. 2: soft 404s, text fragments and cookies across redirects. An entry made
    /// under other rules (or before they were numbered) is still read, but checked again rather than reused: its
    /// verdict may be one these rules no longer reach (a text fragment taken for a missing element id, a soft 404 taken for ok).
    /// </summary>
    public const int CurrentRules = 2;

    public int? Status { get; init; }

    public string? Reason { get; init; }

    /// <summary>Where the redirects ended, when the URL redirected.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>For a permanent redirect: the URL to cite instead.</summary>
    public string? SuggestedUrl { get; init; }

    /// <summary>A Wayback Machine copy found for a dead or moved URL.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>Quotes checked on the page, sorted by text.</summary>
    public IReadOnlyList<CachedQuote> Quotes { get; init; } = [];

    /// <summary>The rules the verdict was reached by (<see cref="CurrentRules"/>); null in entries written before rules were numbered.</summary>
    public int? Rules { get; init; }

    /// <summary>Whether <paramref name="quote"/> was found on the page at the last check (null when it was not checked).</summary>
    public QuoteFinding? FindingFor(string quote) => QuoteFor(quote)?.Finding;

    /// <summary>
    /// The entry for a result. A fingerprint the <paramref name="previous"/> entry holds keeps its day while the words
    /// around the quote are unchanged; a quote the page could not be read for this time keeps its last fingerprint, so a
    /// passing outage does not hide a change made meanwhile.
    /// </summary>
    public static LinkCacheEntry From(LinkResult result, LinkCacheEntry? previous = null) =>
        new(result.Url, result.Verdict, result.CheckedAt)
        {
            Status = result.Status,
            Reason = result.Reason,
            FinalUrl = result.FinalUrl,
            SuggestedUrl = result.SuggestedUrl,
            ArchiveUrl = result.ArchiveUrl,
            Quotes = result.Quotes
                .Select(q => Cached(q.Key, q.Value, result, previous?.QuoteFor(q.Key)))
                .OrderBy(q => q.Text, StringComparer.Ordinal)
                .ToList(),
            Rules = CurrentRules,
        };

    /// <summary>The cached check of <paramref name="quote"/>, if it was checked.</summary>
    public CachedQuote? QuoteFor(string quote) =>
        Quotes.FirstOrDefault(q => string.Equals(q.Text, quote, StringComparison.Ordinal));

    private static CachedQuote Cached(string quote, QuoteFinding finding, LinkResult result, CachedQuote? previous)
    {
        if (finding == QuoteFinding.Unchecked)
        {
            return new CachedQuote(quote, finding) { Fingerprint = previous?.Fingerprint, FingerprintedOn = previous?.FingerprintedOn };
        }

        if (!result.Fingerprints.TryGetValue(quote, out var fingerprint))
        {
            return new CachedQuote(quote, finding);
        }

        var since = previous?.Fingerprint == fingerprint && previous.FingerprintedOn is { } day ? day : DateOnly.FromDateTime(result.CheckedAt.UtcDateTime);
        return new CachedQuote(quote, finding) { Fingerprint = fingerprint, FingerprintedOn = since };
    }

    public LinkResult ToResult() =>
        new(Url, Verdict, Reason ?? "", CheckedAt)
        {
            Status = Status,
            FinalUrl = FinalUrl,
            SuggestedUrl = SuggestedUrl,
            ArchiveUrl = ArchiveUrl,
            Quotes = Quotes.ToDictionary(q => q.Text, q => q.Finding, StringComparer.Ordinal),
            Fingerprints = Quotes
                .Where(q => q.Finding == QuoteFinding.Found && q.Fingerprint is not null)
                .ToDictionary(q => q.Text, q => q.Fingerprint!, StringComparer.Ordinal),
            FromCache = true,
        };
}
