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
        var parsed = pages
            .AsParallel()
            .Select(page =>
            {
                var (ids, links) = HtmlLinkScanner.Scan(page.Html);
                return (File: SitePaths.FileOf(page.Path), page.Path, Ids: ids, Links: links);
            })
            .ToList();

        var idsByFile = parsed.ToDictionary(p => p.File, p => p.Ids, StringComparer.Ordinal);
        var files = idsByFile.Keys.Concat(otherFiles).ToHashSet(StringComparer.Ordinal);
        // The sink is thread-safe and sorts what it holds, so pages are checked in parallel.
        Parallel.ForEach(parsed, page =>
        {
            foreach (var href in page.Links.Distinct(StringComparer.Ordinal))
            {
                if (Problem(page.Path, href, rootPath, files, idsByFile) is { } problem)
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.BrokenInternalLink, Severity.Error, SourceSpan.File(page.File),
                        $"the page links to `{href}`, {problem}", "this is a bug in the theme or in Dossier; please report it"));
                }
            }
        });
    }

    private static string? Problem(string pagePath, string href, string rootPath, HashSet<string> files, Dictionary<string, HashSet<string>> idsByFile)
    {
        if (RelativeHref.TryResolve(pagePath, href, out var resolved, out var resolvedFragment))
        {
            return Missing(SitePaths.FileOf(resolved), resolvedFragment, resolvedFragment, files, idsByFile);
        }

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
        return Missing(SitePaths.FileOf(path), fragment, Uri.UnescapeDataString(fragment), files, idsByFile);
    }

    /// <summary>What the target lacks: the file, or the element the (raw, and unescaped) fragment names.</summary>
    private static string? Missing(string file, string fragment, string id, HashSet<string> files, Dictionary<string, HashSet<string>> idsByFile)
    {
        if (!files.Contains(file))
        {
            return $"but the site has no file `{file}`";
        }

        if (fragment.Length > 0 && idsByFile.TryGetValue(file, out var ids) && !ids.Contains(id))
        {
            return $"but `{file}` has no element with id `{fragment}`";
        }

        return null;
    }
}
