namespace Dossier.Build;

/// <summary>
/// Resolves the plain relative links the pipeline writes (<c>../../sources/x/#cite-note-3</c>) against a page
/// with string operations, as <see cref="Uri"/> would (RFC 3986 dot-segment removal). A 1,000-article site
/// has hundreds of thousands of links, and building two <see cref="Uri"/> objects for each cost a second.
/// Anything unusual (escapes, a query, a scheme, a leading or doubled slash, any other character) is left
/// to <see cref="Uri"/>: <see cref="TryResolve"/> returns false for it.
/// </summary>
internal static class RelativeHref
{
    /// <summary>
    /// The site path <paramref name="href"/> leads to from <paramref name="pagePath"/> (no leading slash) and its
    /// fragment (empty when none), or false when the link is not one this fast path is sure to read as Uri does.
    /// </summary>
    public static bool TryResolve(string pagePath, string href, out string path, out string fragment)
    {
        path = fragment = "";
        if (href.Length == 0 || href[0] == '/' || !IsPlain(href) || !IsPlain(pagePath))
        {
            return false;
        }

        var hash = href.IndexOf('#');
        var target = hash < 0 ? href : href[..hash];
        fragment = hash < 0 ? "" : href[(hash + 1)..];
        if (target.Length == 0)
        {
            path = pagePath;
            return true;
        }

        var merged = pagePath[..(pagePath.LastIndexOf('/') + 1)] + target;
        var segments = new List<string>();
        var endsAsFolder = false;
        foreach (var segment in merged.Split('/'))
        {
            endsAsFolder = segment is "." or "..";
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != ".")
            {
                if (segment.EndsWith('.'))
                {
                    // "x." and "...": Uri keeps them, but leave such rarities to it rather than reason about them.
                    return false;
                }

                segments.Add(segment);
            }
        }

        path = string.Join('/', segments) + (endsAsFolder && segments.Count > 0 ? "/" : "");
        return true;
    }

    /// <summary>Letters, digits, <c>-._~/</c>, one <c>#</c>, and no <c>//</c>: nothing Uri would escape, unescape or read as a scheme.</summary>
    private static bool IsPlain(string href)
    {
        var hashes = 0;
        for (var i = 0; i < href.Length; i++)
        {
            var c = href[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
            {
                continue;
            }

            if (c == '#' && ++hashes == 1)
            {
                continue;
            }

            if (c == '/' && hashes == 0 && (i == 0 || href[i - 1] != '/'))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
