using System.Text.RegularExpressions;

namespace Dossier.Links.Checking;

/// <summary>
/// Tells a moved page from a dead one hidden behind a redirect (a "soft 404"): many sites send a vanished article to
/// their home page, to the section it was in, or to a generic "not found" page, and answer 200 there. Only the paths
/// are compared, so a move to a new host or a new article path stays a move.
/// </summary>
internal static partial class RedirectCollapse
{
    /// <summary>Why the redirect from <paramref name="cited"/> to <paramref name="final"/> means the page is gone, or null for an honest move (or none).</summary>
    /// <param name="how">How the page was left, e.g. "redirects" or "refreshes itself".</param>
    public static string? Describe(Uri cited, Uri final, string how = "redirects")
    {
        var from = Segments(cited);
        var to = Segments(final);
        if (to.SequenceEqual(from, StringComparer.OrdinalIgnoreCase) || LooksNotFound(from, cited))
        {
            return null;
        }

        var shown = final.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        if (LooksNotFound(to, final))
        {
            return $"soft 404: {how} to a \"not found\" page ({shown})";
        }

        if (IsHome(to) && !IsHome(from))
        {
            return $"soft 404: {how} to the site's home page ({shown}), not to the cited page";
        }

        // A parent of the cited path: the article went and its section (or the year's archive) took its place.
        // Not when the cited URL was a view of the page that now leads to the page itself (/news/123/amp → /news/123).
        if (to.Count < from.Count && !IsHome(from) && to.SequenceEqual(from.Take(to.Count), StringComparer.OrdinalIgnoreCase)
            && !(from.Count - to.Count == 1 && PageView().IsMatch(from[^1])))
        {
            return $"soft 404: {how} to a section page ({shown}), not to the cited page";
        }

        return null;
    }

    /// <summary>The path's segments, without empty ones and without a trailing index file, so <c>/a/</c>, <c>/a</c> and <c>/a/index.html</c> agree.</summary>
    private static List<string> Segments(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToList();
        if (segments.Count > 0 && IndexFile().IsMatch(segments[^1]))
        {
            segments.RemoveAt(segments.Count - 1);
        }

        return segments;
    }

    /// <summary>The root, or a language's root (<c>/en/</c>, <c>/ru</c>, <c>/zh-hans/</c>) or <c>/home</c>.</summary>
    private static bool IsHome(List<string> segments) =>
        segments.Count == 0 || (segments.Count == 1 && HomeSegment().IsMatch(segments[0]));

    private static bool LooksNotFound(List<string> segments, Uri uri) =>
        (segments.Count > 0 && NotFoundSegment().IsMatch(segments[^1]))
        // ASP.NET's custom error page names the missing path in its query.
        || uri.Query.Contains("aspxerrorpath=", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(amp|print|full|embed|preview|view|comments|amp\.html)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageView();

    [GeneratedRegex(@"^(index|default)\.(html?|php|aspx?|jsp|shtml)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndexFile();

    [GeneratedRegex(@"^([a-z]{2}([-_][a-z]{2,4})?|home|main|start)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HomeSegment();

    [GeneratedRegex(@"^(404|error[-_]?404|404[-_]?(error|page)|(page[-_]?)?not[-_]?found|error|errors?page)(\.[a-z]{2,5})?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFoundSegment();
}
