namespace Dossier.Build.Incremental;

/// <summary>
/// The files of a written site, in the order the build listed them. Each file keeps the fingerprint of its bytes once
/// hashed, so a rebuild that kept a file (the same object) knows it unchanged without hashing or looking it up.
/// </summary>
public sealed class SiteManifest(IReadOnlyList<SiteOutputFile> files)
{
    public IReadOnlyList<SiteOutputFile> Files { get; } = files;

    /// <summary>What writing <paramref name="now"/> over this site changes: the files to write, the paths to remove.</summary>
    public (List<SiteOutputFile> Changed, List<string> Gone) ChangesTo(IReadOnlyList<SiteOutputFile> now) =>
        SameOrder(now) ?? ByPath(now);

    /// <summary>
    /// When a rebuild lists the same paths in the same order (any edit that adds, removes or renames no file), the
    /// changes are found walking both lists together: a kept file is the same object, only the others are compared.
    /// </summary>
    private (List<SiteOutputFile>, List<string>)? SameOrder(IReadOnlyList<SiteOutputFile> now)
    {
        if (now.Count != Files.Count)
        {
            return null;
        }

        var changed = new List<SiteOutputFile>();
        for (var i = 0; i < now.Count; i++)
        {
            var (was, file) = (Files[i], now[i]);
            if (ReferenceEquals(was, file))
            {
                continue;
            }

            if (!string.Equals(was.Path, file.Path, StringComparison.Ordinal))
            {
                return null;
            }

            if (was.Hash != file.Hash)
            {
                changed.Add(file);
            }
        }

        return (changed, []);
    }

    private (List<SiteOutputFile>, List<string>) ByPath(IReadOnlyList<SiteOutputFile> now)
    {
        var hashes = new Dictionary<string, Fingerprint>(Files.Count, StringComparer.Ordinal);
        foreach (var file in Files)
        {
            hashes.Add(file.Path, file.Hash);
        }

        var changed = now.Where(f => !hashes.TryGetValue(f.Path, out var hash) || hash != f.Hash).ToList();
        var current = now.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return (changed, Files.Select(f => f.Path).Where(p => !current.Contains(p)).ToList());
    }
}
