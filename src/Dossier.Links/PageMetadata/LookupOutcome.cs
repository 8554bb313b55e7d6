namespace Dossier.Links.PageMetadata;

/// <summary>What looking a page up gave: its metadata and the address finally fetched, or why there is none.</summary>
public sealed record LookupOutcome
{
    public CitationMetadata? Metadata { get; init; }

    /// <summary>The address the page was read from, after redirects.</summary>
    public Uri? FetchedFrom { get; init; }

    /// <summary>Why nothing was read; null on success.</summary>
    public string? Problem { get; init; }

    /// <summary>True when the address rule refused the host (private, loopback or link-local) and nothing was sent.</summary>
    public bool Refused { get; init; }

    /// <summary>True when the host could not be reached at all (no network, no such host, a timeout).</summary>
    public bool Unreachable { get; init; }
}
