using System.Collections.Concurrent;

namespace Dossier.InternalLinks;

/// <summary>
/// What the pages of one build have in common when their links are scanned: every page carries the same navigation,
/// footer and asset links, and most ids recur (<c>main</c>, <c>cite-note-1</c>). Each text is kept once for the
/// build instead of once per page, and a link that climbs to the site's root (<c>../../countries/kz/</c> from a
/// page two folders deep) is resolved once for every page it can appear on. Thread-safe.
/// </summary>
public sealed class SharedLinkText
{
    private readonly StripedTable<string> _texts = new();
    private readonly StripedTable<PageLink?> _fromRoot = new();

    /// <summary>Link lists of scanned pages, cleared, for the next page a worker scans.</summary>
    private readonly ConcurrentBag<PageLinkTexts> _spare = [];

    /// <summary>An empty link list for a page; give it back with <see cref="Return"/> once its links are read.</summary>
    internal PageLinkTexts RentLinkTexts() => _spare.TryTake(out var links) ? links : new PageLinkTexts(this);

    internal void Return(PageLinkTexts links)
    {
        links.Clear();
        _spare.Add(links);
    }

    /// <summary>The one string of the build with these characters.</summary>
    public string Text(ReadOnlySpan<char> text) => _texts.GetOrAdd(text, static made => made);

    /// <summary>
    /// The link as resolved from <paramref name="pagePath"/>, made by <paramref name="resolve"/> (given <paramref name="state"/>,
    /// so that a static function needs no closure per page) only when no page has
    /// resolved it before with the same result: when the link climbs out of every folder of the page, where it leads no
    /// longer depends on the page.
    /// </summary>
    public PageLink? Resolved<TState>(string pagePath, string href, TState state, Func<string, string, TState, PageLink?> resolve)
    {
        if (!ClimbsToRoot(pagePath, href))
        {
            return resolve(pagePath, href, state);
        }

        return _fromRoot.TryGetValue(href, out var known) ? known : _fromRoot.GetOrAdd(href, resolve(pagePath, href, state));
    }

    /// <summary>Whether <paramref name="href"/> starts with one <c>../</c> for each folder of <paramref name="pagePath"/>.</summary>
    private static bool ClimbsToRoot(string pagePath, string href)
    {
        var depth = pagePath.AsSpan().Count('/');
        if (href.Length < depth * 3)
        {
            return false;
        }

        for (var i = 0; i < depth; i++)
        {
            if (!href.AsSpan(i * 3, 3).SequenceEqual("../"))
            {
                return false;
            }
        }

        return true;
    }
}
