namespace Dossier.Links.Checking;

/// <summary>
/// What the checker found for one URL. <see cref="Verdict"/> is about the URL itself; whether each quote
/// was found is in <see cref="Quotes"/>, since different citations may cite the same page for different quotes.
/// </summary>
public sealed record LinkResult(string Url, Verdict Verdict, string Reason, DateTimeOffset CheckedAt)
{
    /// <summary>The last HTTP status seen, if any answer came.</summary>
    public int? Status { get; init; }

    /// <summary>Where the redirects ended, when the URL redirected at all.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>For <see cref="Verdict.Redirected"/>: the URL the permanent redirects lead to, to put in <c>url:</c>.</summary>
    public string? SuggestedUrl { get; init; }

    /// <summary>Each quote asked for and whether the page contains it.</summary>
    public IReadOnlyDictionary<string, QuoteFinding> Quotes { get; init; } = new Dictionary<string, QuoteFinding>();

    /// <summary>For each quote found: the fingerprint of the words around it (<see cref="Dossier.Links.Quotes.QuoteFingerprint"/>), to tell later whether the page changed there.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints { get; init; } = new Dictionary<string, string>();

    /// <summary>Why quotes could not be checked, or a caveat about the check (e.g. only the first 5 MB were read).</summary>
    public string? QuoteNote { get; init; }

    /// <summary>A Wayback Machine snapshot suggested as <c>archive_url</c>.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>HTTP requests this run made for the URL: every hop, HEAD and GET, and every retry (0 when the result came from the cache).</summary>
    public int Requests { get; init; }

    /// <summary>
    /// How long this run spent on the URL, from its first request to its verdict: waits for the host's slot and
    /// retry back-offs included, as they are what makes a check slow (zero when the result came from the cache).
    /// </summary>
    public TimeSpan Duration { get; init; }

    public bool FromCache { get; init; }
}
