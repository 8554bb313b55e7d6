using Dossier.Links.Checking;

namespace Dossier.Links.Audit;

/// <summary>
/// Tells "these links are dead" from "this machine has no network": when no host name at all could be resolved,
/// every URL looks broken, and reporting each as a dead link (and caching that) would be wrong.
/// </summary>
public static class NetworkOutage
{
    /// <summary>The start of the reason the checker gives when a host name cannot be resolved.</summary>
    private const string DnsFailure = "DNS failure:";

    /// <summary>
    /// True when every URL checked over the network in this run (not from the cache, not blocked before resolving)
    /// failed to resolve its host name, across at least two hosts: one unresolvable host is more likely a lapsed
    /// domain than a missing network, and is reported as broken.
    /// </summary>
    public static bool NoHostResolved(IEnumerable<LinkResult> results)
    {
        var checkedNow = results.Where(r => !r.FromCache && r.Verdict != Verdict.Blocked).ToList();
        var hosts = checkedNow.Select(HostOf).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return hosts >= 2 && checkedNow.All(r => r.Status is null && r.Reason.StartsWith(DnsFailure, StringComparison.Ordinal));
    }

    private static string HostOf(LinkResult result) =>
        Uri.TryCreate(result.Url, UriKind.Absolute, out var uri) ? uri.Host : result.Url;
}
