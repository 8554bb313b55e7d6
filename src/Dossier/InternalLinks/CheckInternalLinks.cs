using Dossier.Build;
using Dossier.Diagnostics;
using Dossier.Site;

namespace Dossier.InternalLinks;

/// <summary>
/// An analyzer over the finished HTML. Every internal <c>href</c>/<c>src</c> must name a file the
/// site writes and every <c>#fragment</c> an id on its target page, so a theme or pipeline bug fails the
/// build instead of shipping a dead link. Links are relative, except on the 404 page, whose links start
/// from the site's root path (<c>/dossier/</c>): those are read as relative to the site root.
/// </summary>
public static class CheckInternalLinks
{
    private static readonly Uri SiteRoot = new("https://site.invalid/");

    public static void Run(IReadOnlyList<RenderedPage> pages, IEnumerable<string> otherFiles, string rootPath, IDiagnosticSink sink) =>
        Check(Scanned(pages, rootPath), otherFiles, sink);

    private static List<ScannedPage> Scanned(IReadOnlyList<RenderedPage> pages, string rootPath)
    {
        var shared = new SharedLinkText();
        return pages.AsParallel().AsOrdered().Select(page => Scan(page.Path, page.Html, rootPath, shared)).ToList();
    }

    /// <summary>Finds a page's ids and links and resolves each link; depends on nothing but the page (and the root path).</summary>
    public static ScannedPage Scan(RenderedPage page, string rootPath) => Scan(page.Path, page.Html, rootPath, new SharedLinkText());

    /// <inheritdoc cref="Scan(RenderedPage, string)"/>
    /// <param name="shared">What the build's pages share, so it is kept once.</param>
    public static ScannedPage Scan(string path, ReadOnlySpan<char> html, string rootPath, SharedLinkText shared)
    {
        var hrefs = shared.RentLinkTexts();
        try
        {
            var ids = HtmlLinkScanner.Scan(html, hrefs);
            var links = new List<PageLink>(hrefs.InOrder.Count);
            foreach (var href in hrefs.InOrder)
            {
                if (shared.Resolved(path, href, (rootPath, shared), static (page, href, state) => Resolve(page, href, state.rootPath, state.shared)) is { } link)
                {
                    links.Add(link);
                }
            }

            return new ScannedPage(path, SitePaths.FileOf(path), ids, links);
        }
        finally
        {
            shared.Return(hrefs);
        }
    }

    /// <summary>Reports every link to a file the site does not write, or to an id its target page does not have.</summary>
    public static void Check(IReadOnlyList<ScannedPage> pages, IEnumerable<string> otherFiles, IDiagnosticSink sink) =>
        Check(pages, otherFiles, pages, sink);

    /// <summary>Checks the links of <paramref name="toCheck"/> only, against the whole site's files and ids.</summary>
    public static void Check(IReadOnlyList<ScannedPage> pages, IEnumerable<string> otherFiles, IEnumerable<ScannedPage> toCheck, IDiagnosticSink sink) =>
        Check(LinkTargets.Of(pages, otherFiles), toCheck, sink);

    /// <summary>Checks the links of <paramref name="toCheck"/> against <paramref name="targets"/>, the whole site's files and ids.</summary>
    public static void Check(LinkTargets targets, IEnumerable<ScannedPage> toCheck, IDiagnosticSink sink)
    {
        // The sink is thread-safe and sorts what it holds, so pages are checked in parallel.
        Parallel.ForEach(toCheck, page =>
        {
            foreach (var link in page.Links)
            {
                if (Problem(link, targets) is { } problem)
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.BrokenInternalLink, Severity.Error, SourceSpan.File(page.File),
                        $"the page links to `{link.Href}`, {problem}", "this is a bug in the theme or in Dossier; please report it"));
                }
            }
        });
    }

    private static string? Problem(PageLink link, LinkTargets targets)
    {
        if (link.Problem is not null || link.File is null)
        {
            return link.Problem;
        }

        if (!targets.HasFile(link.File))
        {
            return $"but the site has no file `{link.File}`";
        }

        return link.Fragment is { Length: > 0 } fragment && targets.IdsOf(link.File) is { } ids && !ids.Contains(fragment)
            ? $"but `{link.File}` has no element with id `{fragment}`"
            : null;
    }

    /// <summary>
    /// <see cref="SitePaths.FileOf"/> of the page path in the first <paramref name="length"/> characters of
    /// <paramref name="buffer"/>, written in place (the buffer keeps room for <c>index.html</c>).
    /// </summary>
    private static ReadOnlySpan<char> FileOf(Span<char> buffer, int length)
    {
        if (length > 0 && buffer[length - 1] != '/')
        {
            return buffer[..length];
        }

        "index.html".CopyTo(buffer[length..]);
        return buffer[..(length + "index.html".Length)];
    }

    /// <summary>The file and fragment a link names, a problem when it cannot name one, or null for an external link.</summary>
    private static PageLink? Resolve(string pagePath, string href, string rootPath, SharedLinkText shared)
    {
        // Most links are plain relative ones the pipeline wrote: resolved with span operations, as Uri would. Their
        // files and fragments recur from page to page, so they are the build's shared strings, made once.
        Span<char> buffer = stackalloc char[RelativeHref.BufferLength];
        if (RelativeHref.TryResolve(pagePath, href, buffer, out var length, out var fragmentStart))
        {
            var plainFragment = fragmentStart < 0 ? "" : shared.Text(href.AsSpan(fragmentStart));
            return new PageLink(href, shared.Text(FileOf(buffer, length)), plainFragment, null);
        }

        var original = href;
        if (href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme.Length > 1)
        {
            return null;
        }

        if (href.StartsWith('/'))
        {
            if (!href.StartsWith(rootPath, StringComparison.Ordinal))
            {
                return new PageLink(original, null, null, $"which is outside the site's root path `{rootPath}`");
            }

            (pagePath, href) = ("", href[rootPath.Length..]);
            href = href.Length == 0 ? "./" : href;
        }

        var target = new Uri(new Uri(SiteRoot, pagePath), href);
        if (!SiteRoot.IsBaseOf(target))
        {
            return new PageLink(original, null, null, "which leads outside the site");
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
        return new PageLink(original, SitePaths.FileOf(path), fragment, null);
    }
}
