using Dossier.Build.Incremental;

namespace Dossier.InternalLinks;

/// <summary>A rendered page's element ids and its internal links, each resolved to the file it names.</summary>
public sealed record ScannedPage(string Path, string File, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links)
{
    /// <summary>The page's ids, in ordinal order, hashed: what a link into this page can land on.</summary>
    public Fingerprint IdsFingerprint => _ids ??= Fingerprinted(Ids);

    private Fingerprint? _ids;

    private static Fingerprint Fingerprinted(IReadOnlySet<string> ids)
    {
        var builder = new FingerprintBuilder().Add(ids.Count);
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            builder.Add(id);
        }

        return builder.Build();
    }
}
