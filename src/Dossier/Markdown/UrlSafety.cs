namespace Dossier.Markdown;

/// <summary>
/// Which link targets a page may carry: http, https and mailto addresses and relative paths. Checked on
/// the decoded URL with whitespace and control characters removed, so <c>JaVa&amp;#x53;cript:</c> and
/// <c>java\tscript:</c> are caught as what a browser would make of them.
/// </summary>
public static class UrlSafety
{
    /// <summary>Why the URL is refused, or null when it is safe.</summary>
    public static string? Problem(string url)
    {
        var compact = string.Concat(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith("\\\\", StringComparison.Ordinal)
            || compact.StartsWith("/\\", StringComparison.Ordinal) || compact.StartsWith("\\/", StringComparison.Ordinal))
        {
            return "a protocol-relative address (starting with //) takes the page's scheme; write https:// in full";
        }

        var colon = compact.IndexOf(':');
        var slash = compact.IndexOfAny(['/', '?', '#']);
        if (colon <= 0 || (slash >= 0 && slash < colon))
        {
            return null;
        }

        var scheme = compact[..colon];
        return scheme is "http" or "https" or "mailto" ? null : $"links may use http, https or mailto, not `{scheme}:`";
    }
}
