using Dossier.Links.Checking;

namespace Dossier.Links.Audit;

/// <summary>What a run reuses from the cache and which verdicts fail it.</summary>
public sealed record AuditOptions
{
    /// <summary>Cached results younger than this are reused (<c>--max-age</c>).</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(7);

    public FailurePolicy Policy { get; init; } = FailurePolicy.Default;

    /// <summary>Look up Wayback Machine copies for broken or moved citations that have no <c>archive_url</c>.</summary>
    public bool SuggestArchives { get; init; } = true;
}
