using Dossier.Content;

namespace Dossier.Health;

/// <summary>
/// What the last link check found across the bibliography, for the home page: how many sources there are, how many of
/// their links were checked and when last, and how many of those work, moved, are dead or could not be checked, and how
/// many quotes were found on their pages.
/// </summary>
public sealed record HealthSummary(int Sources, int Checked, int Working, int Moved, int Dead, int Unverifiable, int QuotesVerified, DateOnly LastChecked)
{
    /// <summary>The summary of the sources' last checks; null when no source was checked (no link cache, or none of its URLs).</summary>
    public static HealthSummary? Of(IReadOnlyList<Citation> citations, IReadOnlyDictionary<string, LinkHealth> health)
    {
        var checks = citations.Select(c => health.GetValueOrDefault(c.Url)).OfType<LinkHealth>().ToList();
        if (checks.Count == 0)
        {
            return null;
        }

        int Count(LinkState state) => checks.Count(c => c.State == state);
        return new HealthSummary(
            citations.Count,
            checks.Count,
            Count(LinkState.Ok),
            Count(LinkState.Moved),
            Count(LinkState.Dead),
            Count(LinkState.Unverifiable) + Count(LinkState.QuoteMissing),
            checks.Count(c => c.QuoteVerified == true),
            checks.Max(c => c.CheckedOn));
    }
}
