namespace Dossier.Build.Incremental;

/// <summary>The feed, sitemap and robots.txt as a build made them, and the whole-dossier inputs they were made from.</summary>
public sealed record RememberedFeeds(Fingerprint Inputs, IReadOnlyList<GeneratedFile> Files);
