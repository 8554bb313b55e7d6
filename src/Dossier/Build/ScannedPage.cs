namespace Dossier.Build;

/// <summary>A rendered page's element ids and its internal links, each resolved to the file it names.</summary>
public sealed record ScannedPage(string Path, string File, IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);
