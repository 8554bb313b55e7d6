using Dossier.Health;
using Dossier.Links.Checking;

namespace Dossier.Links.Cache;

/// <summary>Turns the checker's cache into the link health the site build shows readers.</summary>
public static class LinkHealthExport
{
    public static IReadOnlyDictionary<string, LinkHealth> Of(LinkCache cache) =>
        cache.Entries.Values
            .Where(e => e.Verdict != Verdict.Blocked)
            .ToDictionary(
                e => e.Url,
                e => new LinkHealth(e.Url, StateOf(e.Verdict), DateOnly.FromDateTime(e.CheckedAt.UtcDateTime))
                {
                    ArchiveUrl = e.ArchiveUrl,
                    QuoteVerified = e.Quotes.Count == 0 ? null
                        : e.Quotes.All(q => q.Finding == QuoteFinding.Found) ? true
                        : e.Quotes.Any(q => q.Finding == QuoteFinding.Missing) ? false
                        : null,
                    Quotes = e.Quotes
                        .Where(q => q.Finding != QuoteFinding.Unchecked)
                        .ToDictionary(q => q.Text, q => q.Finding == QuoteFinding.Found, StringComparer.Ordinal),
                },
                StringComparer.Ordinal);

    private static LinkState StateOf(Verdict verdict) => verdict switch
    {
        Verdict.Ok => LinkState.Ok,
        Verdict.Redirected => LinkState.Moved,
        Verdict.Broken => LinkState.Dead,
        Verdict.QuoteMissing => LinkState.QuoteMissing,
        _ => LinkState.Unverifiable,
    };
}
