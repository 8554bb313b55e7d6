using Dossier.Content;

namespace Dossier.Site;

/// <summary>
/// Where every page lives (clean URLs: <c>countries/kazakhstan/</c> is written as
/// <c>countries/kazakhstan/index.html</c>) and how one page links to another. Links are always
/// relative, so the site works at a domain root and under a sub-path such as GitHub project pages.
/// </summary>
public static class SitePaths
{
    public const string Home = "";
    public const string Bibliography = "bibliography/";
    public const string Sources = "sources/";
    public const string Assets = "assets/";
    public const string Search = "search/";

    /// <summary>The script naming the search index's parts, which the search box loads (a script, so it loads from disk too).</summary>
    public const string SearchIndex = "search/index.js";

    /// <summary>Served by static hosts (GitHub Pages) for any missing path, at any depth.</summary>
    public const string NotFound = "404.html";

    public const string Feed = "feed.xml";
    public const string Sitemap = "sitemap.xml";
    public const string Robots = "robots.txt";

    // The anchors of the first notes, made once: every note, and every back-link to one, names its anchor.
    private static readonly string[] NoteAnchors = [.. Enumerable.Range(0, 128).Select(n => $"cite-note-{n}")];

    private static readonly string[] NoteReferenceHrefs = [.. Enumerable.Range(0, 128).Select(n => $"#cite-ref-{n}")];

    /// <summary>The page of a document, where its collection puts it (a citation's is its source page).</summary>
    public static string Of(ContentDocument document) => document.Collection.PathOf(document.Id);

    /// <summary>The file a page path is written to.</summary>
    public static string FileOf(string pagePath) => pagePath.EndsWith('/') || pagePath.Length == 0 ? pagePath + "index.html" : pagePath;

    /// <summary>The prefix that leads from a page back to the site root (<c>../../</c>, or <c>./</c> at the root).</summary>
    public static string RootFrom(string fromPage)
    {
        var depth = fromPage.AsSpan().Count('/');
        return depth == 0 ? "./" : Up(depth, "");
    }

    /// <summary>A relative link from one page (a folder path) to a site path, with an optional fragment.</summary>
    public static string Relative(string fromPage, string toPath, string? fragment = null)
    {
        var depth = fromPage.AsSpan().Count('/');
        if (depth == 0 && fragment is null)
        {
            return toPath.Length == 0 ? "./" : toPath;
        }

        // From the root to the root itself is "./", which a fragment follows too.
        var path = depth == 0 && toPath.Length == 0 ? "./" : toPath;
        return Up(depth, path, fragment);
    }

    /// <summary>
    /// <c>../</c> <paramref name="depth"/> times, then <paramref name="toPath"/> and <c>#</c><paramref name="fragment"/>:
    /// built in one string, since every page links to hundreds.
    /// </summary>
    private static string Up(int depth, string toPath, string? fragment = null) =>
        string.Create(depth * 3 + toPath.Length + (fragment is null ? 0 : fragment.Length + 1), (depth, toPath, fragment), static (chars, state) =>
        {
            for (var i = 0; i < state.depth; i++)
            {
                "../".CopyTo(chars[(i * 3)..]);
            }

            state.toPath.CopyTo(chars[(state.depth * 3)..]);
            if (state.fragment is { } fragment)
            {
                chars[(state.depth * 3) + state.toPath.Length] = '#';
                fragment.CopyTo(chars[((state.depth * 3) + state.toPath.Length + 1)..]);
            }
        });

    /// <summary>The note id a footnote has on its page, which the bibliography links back to.</summary>
    public static string NoteAnchor(int number) => number < NoteAnchors.Length ? NoteAnchors[number] : $"cite-note-{number}";

    /// <summary>The id of the place in the text that cites a note.</summary>
    public static string NoteReferenceAnchor(int number) => $"cite-ref-{number}";

    /// <summary>The link back from a note to the place in the text that cites it.</summary>
    public static string NoteReferenceHref(int number) => number < NoteReferenceHrefs.Length ? NoteReferenceHrefs[number] : "#" + NoteReferenceAnchor(number);
}
