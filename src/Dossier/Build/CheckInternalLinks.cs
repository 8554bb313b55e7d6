using Dossier.Diagnostics;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>
/// Stage 12: an analyzer over the finished HTML. Every internal <c>href</c>/<c>src</c> must name a file the
/// site writes and every <c>#fragment</c> an id on its target page, so a theme or pipeline bug fails the
/// build instead of shipping a dead link. Links are relative, except on the 404 page, whose links start
/// from the site's root path (<c>/dossier/</c>): those are read as relative to the site root.
/// </summary>
public static class CheckInternalLinks
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    public static void Run(IReadOnlyList<RenderedPage> pages, IEnumerable<string> otherFiles, string rootPath, IDiagnosticSink sink)
    {
        // Two passes over each page: its ids first (any page may link to any other's), then its links, checked as they are
        // read. Keeping every link of a large site as a string until all ids were known cost hundreds of MB.
        var idsByFile = pages
            .AsParallel()
            .Select(page => (File: SitePaths.FileOf(page.Path), Ids: IdsOf(page.Html)))
            .ToDictionary(p => p.File, p => p.Ids, StringComparer.Ordinal);
        var files = idsByFile.Keys.Concat(otherFiles).ToHashSet(StringComparer.Ordinal);
        var site = new Site(files, idsByFile);
        // The sink is thread-safe and sorts what it holds, so pages are checked in parallel.
        Parallel.ForEach(pages, page =>
        {
            HashSet<string>? reported = null;
            for (var reader = new HtmlLinkScanner.Reader(page.Html); reader.Next();)
            {
                if (reader.IsId)
                {
                    continue;
                }

                var raw = page.Html.AsSpan()[reader.Value];
                var decoded = raw.Contains('&') ? HtmlLinkScanner.Decoded(page.Html, reader.Value) : null;
                var href = decoded is null ? raw : decoded;

                // Each broken target once per page, however often the page links to it.
                if (Problem(page.Path, href, rootPath, site) is { } problem && (reported ??= new(StringComparer.Ordinal)).Add(href.ToString()))
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.BrokenInternalLink, Severity.Error, SourceSpan.File(SitePaths.FileOf(page.Path)),
                        $"the page links to `{href}`, {problem}", "this is a bug in the theme or in Dossier; please report it"));
                }
            }
        });
    }

    private static HashSet<string> IdsOf(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var reader = new HtmlLinkScanner.Reader(html); reader.Next();)
        {
            if (reader.IsId)
            {
                ids.Add(HtmlLinkScanner.Decoded(html, reader.Value));
            }
        }

        return ids;
    }

    private static string? Problem(string pagePath, ReadOnlySpan<char> link, string rootPath, Site site)
    {
        Span<char> buffer = stackalloc char[RelativeHref.BufferLength];
        if (RelativeHref.TryResolve(pagePath, link, buffer, out var length, out var fragmentStart))
        {
            // The page path becomes its file (a folder's index.html) in place, without a string per link.
            if (length == 0 || buffer[length - 1] == '/')
            {
                "index.html".CopyTo(buffer[length..]);
                length += "index.html".Length;
            }

            var linkFragment = fragmentStart < 0 ? [] : link[fragmentStart..];
            return site.Missing(buffer[..length], linkFragment, linkFragment);
        }

        // Anything else goes through Uri, as a string.
        var href = link.ToString();
        if (href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1)
        {
            return null;
        }

        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(rootPath, StringComparison.Ordinal))
            {
                return $"which is outside the site's root path `{rootPath}`";
            }

            (pagePath, href) = ("", href[rootPath.Length..]);
            href = href.Length == 0 ? "./" : href;
        }

        var target = new Uri(new Uri(SiteRoot, pagePath), href);
        if (!SiteRoot.IsBaseOf(target))
        {
            return "which leads outside the site";
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        var fragment = target.Fragment.TrimStart('#');
        return site.Missing(SitePaths.FileOf(path), fragment, Uri.UnescapeDataString(fragment));
    }

    /// <summary>The files the site writes and the ids on each page, looked up by span so that checking a link allocates nothing.</summary>
    private sealed class Site(HashSet<string> files, Dictionary<string, HashSet<string>> idsByFile)
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _files = files.GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _idsByFile =
            idsByFile.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>What the target lacks: the file, or the element the (raw, and unescaped) fragment names.</summary>
        public string? Missing(ReadOnlySpan<char> file, ReadOnlySpan<char> fragment, ReadOnlySpan<char> id)
        {
            if (!_files.Contains(file))
            {
                return $"but the site has no file `{file}`";
            }

            if (fragment.Length > 0 && _idsByFile.TryGetValue(file, out var ids) && !ids.GetAlternateLookup<ReadOnlySpan<char>>().Contains(id))
            {
                return $"but `{file}` has no element with id `{fragment}`";
            }

            return null;
        }
    }
}
