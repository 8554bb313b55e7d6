namespace Dossier.Links.Checking;

/// <summary>
/// Which verdicts fail the run (exit code 1). By default a dead link, a missing quote and a timeout do;
/// an unverifiable (browser-only) site, a permanent redirect and a blocked URL are reported but do not.
/// </summary>
public sealed record FailurePolicy(IReadOnlySet<Verdict> Failing)
{
    public static FailurePolicy Default { get; } = new(new HashSet<Verdict> { Verdict.Broken, Verdict.QuoteMissing, Verdict.Timeout });

    public bool Fails(Verdict verdict) => Failing.Contains(verdict);
}
