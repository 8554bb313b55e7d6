namespace Dossier.Links.Checking;

/// <summary>The kebab-case names verdicts have in reports, the cache and <c>dossier.yml</c>.</summary>
public static class VerdictNames
{
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Ok => "ok",
        Verdict.Redirected => "redirected",
        Verdict.Broken => "broken",
        Verdict.Timeout => "timeout",
        Verdict.Unverifiable => "unverifiable",
        Verdict.Blocked => "blocked",
        Verdict.QuoteMissing => "quote-missing",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    public static bool TryParse(string name, out Verdict verdict)
    {
        foreach (var candidate in Enum.GetValues<Verdict>())
        {
            if (string.Equals(candidate.Name(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                verdict = candidate;
                return true;
            }
        }

        verdict = default;
        return false;
    }
}
