namespace Dossier.Build.Incremental;

/// <summary>The files of a written site, by site path, with the fingerprint of each one's bytes.</summary>
public sealed record SiteManifest(IReadOnlyDictionary<string, Fingerprint> Files);
