using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Targets;

namespace Dossier.Links.Audit;

/// <summary>Everything a run found, the cache to save, and whether the run fails.</summary>
public sealed record AuditResult(IReadOnlyList<LinkFinding> Findings, LinkCache Cache, FailurePolicy Policy)
{
    /// <summary>Distinct URLs looked at, and how many of those came from the cache.</summary>
    public int Urls { get; init; }

    public int FromCache { get; init; }

    /// <summary>How long the run took, from planning to the last archive lookup.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>No host name could be resolved (see <see cref="NetworkOutage"/>): the check could not run.</summary>
    public bool NoHostResolved { get; init; }

    public IEnumerable<LinkFinding> Citations => Findings.Where(f => f.Target.IsCitation);

    public IEnumerable<LinkFinding> BodyLinks => Findings.Where(f => !f.Target.IsCitation);

    /// <summary>Quotes still on pages that changed around them since the last check: information, never a failure.</summary>
    public IEnumerable<LinkFinding> Drifted => Findings.Where(f => f.Drift is not null);

    public bool Fails(LinkFinding finding) => Policy.Fails(finding.Verdict);

    /// <summary>0 when nothing fails, 1 when a finding's verdict is one the policy fails on, 3 when no host name resolved.</summary>
    public int ExitCode => NoHostResolved ? 3 : Findings.Any(Fails) ? 1 : 0;
}
