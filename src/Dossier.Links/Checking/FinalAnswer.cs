using Dossier.Links.Quotes;

namespace Dossier.Links.Checking;

/// <summary>
/// Turns the last hop's answer into a verdict: tells soft 404s (a redirect that collapses to the home page, a section
/// or a "not found" page; a 200 whose title or main heading says "not found") from live pages, and checks quotes
/// and the fragment on a page that answered.
/// </summary>
internal static class FinalAnswer
{
    /// <param name="cited">The URL as cited.</param>
    /// <param name="final">Where its redirects ended (the cited URL when there were none).</param>
    public static LinkResult Classify(UrlToCheck target, HopResponse hop, Uri cited, Uri final, string? suggested, int attempts,
        LinkCheckerOptions options)
    {
        LinkResult Result(Verdict verdict, string reason) => new(target.Url, verdict, reason, default)
        {
            Quotes = target.Quotes.ToDictionary(q => q, _ => QuoteFinding.Unchecked),
        };

        var status = hop.Status;
        var http = $"HTTP {status}{(hop.StatusText.Length > 0 ? " " + hop.StatusText : "")}";
        var tries = attempts > 1 ? $" after {attempts} attempts" : "";
        var viaGet = hop.HeadFallback is { } why ? $" ({why}; checked with GET)" : "";
        if (hop.IsChallenge)
        {
            return Result(Verdict.Unverifiable, $"{http}: a bot challenge; the page is for browsers only — check it by hand");
        }

        switch (status)
        {
            case >= 200 and < 300:
                break;
            case 401 or 403 or 999:
                return Result(Verdict.Unverifiable, $"{http}{viaGet}: the site refuses automated requests — check it in a browser");
            case 429:
                return Result(Verdict.Unverifiable, $"{http}{tries}: still rate-limited");
            case 404 or 410:
                return Result(Verdict.Broken, $"{http}{viaGet}");
            case >= 400 and < 500:
                return Result(Verdict.Broken, $"{http}{viaGet}");
            case >= 500:
                return Result(Verdict.Broken, $"{http}{tries}");
            default:
                return Result(Verdict.Unverifiable, $"{http}: an answer the checker cannot judge");
        }

        if (RedirectCollapse.Describe(cited, final) is { } collapse)
        {
            return Result(Verdict.Broken, collapse);
        }

        var page = hop.Body is not null && PageReader.CanRead(hop.ContentType) ? PageReader.Read(hop.Body, hop.ContentType, withText: target.NeedsBody) : null;
        if (page is not null && SaysNotFound(page, http) is { } soft)
        {
            return Result(Verdict.Broken, soft);
        }

        // Some sites send a vanished page's readers on with an immediate <meta> refresh instead of a redirect.
        if (page?.RefreshTo is { } refresh && Uri.TryCreate(final, refresh, out var refreshed)
            && RedirectCollapse.Describe(cited, refreshed, "refreshes itself (<meta http-equiv=\"refresh\">)") is { } refreshCollapse)
        {
            return Result(Verdict.Broken, refreshCollapse);
        }

        var verdict = suggested is null ? Verdict.Ok : Verdict.Redirected;
        var reason = suggested is null ? $"{http}{viaGet}" : $"moved permanently; now at {suggested}";
        if (!target.NeedsBody)
        {
            return Result(verdict, reason);
        }

        if (page is null)
        {
            var unreadable = $"the page is {hop.ContentType?.MediaType ?? "not text"}; quotes cannot be checked in it";
            return target.TextDirectives.Count > 0
                ? Result(Verdict.Unverifiable, $"{http}: the text the link points to cannot be checked, {unreadable}")
                : Result(verdict, reason) with { QuoteNote = unreadable };
        }

        var note = hop.Truncated ? $"only the first {options.MaxBodyBytes / (1024 * 1024.0):0.#} MB of the page were read" : null;
        var fingerprints = target.Quotes
            .Select(q => (Quote: q, Fingerprint: QuoteFingerprint.Of(page, q)))
            .Where(q => q.Fingerprint is not null)
            .ToDictionary(q => q.Quote, q => q.Fingerprint!, StringComparer.Ordinal);
        var quotes = target.Quotes.ToDictionary(q => q, q => fingerprints.ContainsKey(q) ? QuoteFinding.Found : QuoteFinding.Missing);
        if (target.Fragment is { } fragment && !page.HasAnchor(fragment) && hop.ContentType?.MediaType != "text/plain")
        {
            return Result(Verdict.Broken, $"{http}, but the page has no element with id \"{fragment}\"") with { Quotes = quotes, Fingerprints = fingerprints, QuoteNote = note };
        }

        if (target.TextDirectives.FirstOrDefault(d => !d.IsOn(page)) is { } missing)
        {
            var partly = hop.Truncated ? $" ({note})" : "";
            return Result(Verdict.QuoteMissing, $"{http}, but the page no longer contains the text the link points to: \"{Shorten(missing.ToString())}\"{partly}")
                with { Quotes = quotes, Fingerprints = fingerprints, QuoteNote = note };
        }

        var linked = target.TextDirectives.Count > 0 ? "; the text the link points to is on the page" : "";
        return Result(verdict, reason + linked) with { Quotes = quotes, Fingerprints = fingerprints, QuoteNote = note };
    }

    private static string? SaysNotFound(PageText page, string http) =>
        NotFoundWording.Says(page.Title) ? $"soft 404: {http}, but the page's title says it was not found (\"{Shorten(page.Title!)}\")"
        : NotFoundWording.Says(page.MainHeading) ? $"soft 404: {http}, but the page's main heading says it was not found (\"{Shorten(page.MainHeading!)}\")"
        : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
