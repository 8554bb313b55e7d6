using Dossier.Links.Checking;

namespace Dossier.Links.Reporting;

/// <summary>The order verdict groups are shown in: what needs fixing first, what is fine last.</summary>
public static class VerdictOrder
{
    public static IReadOnlyList<Verdict> All { get; } =
    [
        Verdict.Broken, Verdict.QuoteMissing, Verdict.Timeout, Verdict.Redirected, Verdict.Unverifiable, Verdict.Blocked, Verdict.Ok,
    ];

    public static int Rank(Verdict verdict) => All.Count - ((IList<Verdict>)All).IndexOf(verdict);
}
