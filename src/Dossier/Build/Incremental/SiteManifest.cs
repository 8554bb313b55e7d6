namespace Dossier.Build.Incremental;

/// <summary>The files of a written site, by site path, with the fingerprint of each one's bytes.</summary>
public sealed record SiteManifest(IReadOnlyDictionary<string, Fingerprint> Files)
{
    public static SiteManifest Of(IReadOnlyList<SiteOutputFile> files) =>
        new(files.ToDictionary(f => f.Path, f => f.Hash, StringComparer.Ordinal));
}
