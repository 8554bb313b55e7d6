namespace Dossier.InternalLinks;

/// <summary>
/// A page's distinct links in the order they first appear, each text the build's shared one. Kept by
/// <see cref="SharedLinkText"/> between the pages a worker scans, so its set and list grow once per worker rather
/// than once per page (they were a fifth of what scanning allocated).
/// </summary>
internal sealed class PageLinkTexts(SharedLinkText shared)
{
    private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);

    public SharedLinkText Shared => shared;

    public List<string> InOrder { get; } = [];

    // Shared texts are one string per text, so a reference comparison finds the repeats.
    public void Add(string link)
    {
        if (_seen.Add(link))
        {
            InOrder.Add(link);
        }
    }

    public void Clear()
    {
        _seen.Clear();
        InOrder.Clear();
    }
}
