namespace Dossier.Build;

/// <summary>A file of the site that is not an HTML page: the search index, the feed, the sitemap, robots.txt.</summary>
public sealed record GeneratedFile(string Path, byte[] Content);
