namespace Dossier.InternalLinks;

/// <summary>
/// Resolves the plain relative links the pipeline writes (<c>../../sources/x/#cite-note-3</c>) against a page
/// with span operations, as <see cref="Uri"/> would (RFC 3986 dot-segment removal). A 1,000-article site
/// has hundreds of thousands of links, and building two <see cref="Uri"/> objects for each cost a second.
/// Anything unusual (escapes, a query, a scheme, a leading or doubled slash, any other character) is left
/// to <see cref="Uri"/>: the methods return false for it.
/// </summary>
internal static class RelativeHref
{
    /// <summary>The buffer the callers resolve into on the stack; longer page paths and links are left to <see cref="Uri"/>.</summary>
    public const int BufferLength = 512;

    /// <summary>Room a buffer keeps beyond the page path and the link: a slash a folder path may gain, and <c>index.html</c>.</summary>
    private const int Spare = 16;

    /// <summary>
    /// The site path <paramref name="href"/> leads to from <paramref name="pagePath"/> (no leading slash) and its
    /// fragment (empty when none), or false when the link is not one this fast path is sure to read as Uri does.
    /// </summary>
    public static bool TryResolve(string pagePath, string href, out string path, out string fragment)
    {
        path = fragment = "";
        Span<char> buffer = stackalloc char[BufferLength];
        if (!TryResolve(pagePath, href, buffer, out var length, out var fragmentStart))
        {
            return false;
        }

        path = buffer[..length].ToString();
        fragment = fragmentStart < 0 ? "" : href[fragmentStart..];
        return true;
    }

    /// <summary>
    /// Writes into <paramref name="buffer"/> the site path the link leads to (its first <paramref name="length"/> characters);
    /// <paramref name="fragmentStart"/> is where the fragment starts in <paramref name="href"/>, or -1.
    /// </summary>
    public static bool TryResolve(ReadOnlySpan<char> pagePath, ReadOnlySpan<char> href, Span<char> buffer, out int length, out int fragmentStart)
    {
        length = 0;
        fragmentStart = -1;
        if (href.Length == 0 || href[0] == '/' || pagePath.Length + href.Length + Spare > buffer.Length || !IsPlain(href) || !IsPlain(pagePath))
        {
            return false;
        }

        var hash = href.IndexOf('#');
        var target = hash < 0 ? href : href[..hash];
        fragmentStart = hash < 0 ? -1 : hash + 1;
        if (target.Length == 0)
        {
            pagePath.CopyTo(buffer);
            length = pagePath.Length;
            return true;
        }

        // The merged path (the page's folder, then the link) is read segment by segment from two pieces.
        var folder = pagePath[..(pagePath.LastIndexOf('/') + 1)];
        var written = 0;
        var count = 0;
        var endsAsFolder = false;
        var segments = new SegmentReader(folder, target);
        while (segments.Next(out var segment))
        {
            endsAsFolder = segment is "." or "..";
            if (segment is "..")
            {
                if (count > 0)
                {
                    // Drop the last segment and the slash after it.
                    count--;
                    written = buffer[..(written - 1)].LastIndexOf('/') + 1;
                }
            }
            else if (segment is not ".")
            {
                if (segment.Length > 0 && segment[^1] == '.')
                {
                    // "x." and "...": Uri keeps them, but leave such rarities to it rather than reason about them.
                    return false;
                }

                segment.CopyTo(buffer[written..]);
                written += segment.Length;
                buffer[written++] = '/';
                count++;
            }
        }

        // Segments are joined by slashes; a path ending in "." or ".." names a folder.
        length = count == 0 ? 0 : written - 1;
        if (endsAsFolder && count > 0)
        {
            buffer[length++] = '/';
        }

        return true;
    }

    /// <summary>Letters, digits, <c>-._~/</c>, one <c>#</c>, and no <c>//</c>: nothing Uri would escape, unescape or read as a scheme.</summary>
    private static bool IsPlain(ReadOnlySpan<char> href)
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

    /// <summary>The slash-separated segments of a folder path (empty, or ending in a slash) followed by a relative path.</summary>
    private ref struct SegmentReader(ReadOnlySpan<char> folder, ReadOnlySpan<char> path)
    {
        private ReadOnlySpan<char> _folder = folder;
        private ReadOnlySpan<char> _path = path;
        private bool _done;

        public bool Next(out ReadOnlySpan<char> segment)
        {
            if (_folder.Length > 0)
            {
                var slash = _folder.IndexOf('/');
                segment = _folder[..slash];
                _folder = _folder[(slash + 1)..];
                return true;
            }

            if (_done)
            {
                segment = default;
                return false;
            }

            var end = _path.IndexOf('/');
            if (end < 0)
            {
                segment = _path;
                _done = true;
            }
            else
            {
                segment = _path[..end];
                _path = _path[(end + 1)..];
            }

            return true;
        }
    }
}
