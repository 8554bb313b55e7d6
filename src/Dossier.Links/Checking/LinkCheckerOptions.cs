namespace Dossier.Links.Checking;

/// <summary>How the checker behaves on the network. The defaults are the polite ones used in CI.</summary>
public sealed record LinkCheckerOptions
{
    /// <summary>URLs checked at once, across all hosts.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Requests in flight to one host at once; never exceeded, redirect hops included.</summary>
    public int PerHost { get; init; } = 2;

    /// <summary>How long one attempt may take to answer (and, separately, to deliver a body we read).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt, on timeouts, 429 and 5xx.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest <c>Retry-After</c> we wait for; a server asking for more gets this much.</summary>
    public TimeSpan RetryAfterCap { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed before giving up, as browsers do.</summary>
    public int MaxRedirects { get; init; } = 20;

    /// <summary>Most bytes of a page body (after decompression) read for quote and fragment checks.</summary>
    public long MaxBodyBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// Most bytes of a page read only to tell a live page from a soft 404 (no quote or fragment to look for): its title,
    /// refresh and main heading come early, and the scripts and data that make pages large come after them.
    /// </summary>
    public long MaxHeadingBytes { get; init; } = 1024 * 1024;

    public string UserAgent { get; init; } = "Dossier-links/0.1 (+https://github.com/dossier-project/dossier)";

    /// <summary>Hosts or addresses allowed although not public (<c>--allow-host</c>); link-local never is.</summary>
    public IReadOnlyList<string> AllowHosts { get; init; } = [];

    /// <summary>The Wayback Machine availability API; null turns archive suggestions off.</summary>
    public Uri? WaybackEndpoint { get; init; } = new("https://archive.org/wayback/available");

    /// <summary>The User-Agent naming the dossier's repository, as publishers like to see who is asking.</summary>
    public static string UserAgentFor(string? repoUrl) =>
        repoUrl is null ? "Dossier-links/0.1" : $"Dossier-links/0.1 (+{repoUrl})";
}
