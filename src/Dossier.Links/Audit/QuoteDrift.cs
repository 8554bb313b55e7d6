using System.Globalization;
using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Quotes;

namespace Dossier.Links.Audit;

/// <summary>
/// A quote still on its page whose surrounding words changed since the last check that read them: the page was edited
/// near the words a claim rests on, so an editor may want to reread it. Reported for information; it fails nothing.
/// </summary>
public sealed record QuoteDrift(DateOnly? Since)
{
    /// <summary>The short form every report uses.</summary>
    public const string Label = "page changed, quote still there";

    public string Text => Since is { } day
        ? $"{Label}: the words around the quote differ from those recorded on {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
        : $"{Label}: the words around the quote differ from those recorded before";

    /// <summary>
    /// The drift of <paramref name="quote"/> between the cache as it was before this run and a result read from the page
    /// in this run; null when the quote was not found now, was not fingerprinted before (the first pass only records),
    /// or its surroundings are the same.
    /// </summary>
    public static QuoteDrift? Of(LinkCache before, LinkResult now, string quote)
    {
        if (now.FromCache || !now.Fingerprints.TryGetValue(quote, out var fingerprint)
            || !before.Entries.TryGetValue(now.Url, out var entry) || entry.QuoteFor(quote) is not { Fingerprint: { } previous } cached
            // A fingerprint made by another method says nothing about a change.
            || !previous.StartsWith(QuoteFingerprint.Method + ":", StringComparison.Ordinal)
            || string.Equals(previous, fingerprint, StringComparison.Ordinal))
        {
            return null;
        }

        return new QuoteDrift(cached.FingerprintedOn);
    }
}
