namespace Dossier.Links.Cache;

/// <summary>The JSON document on disk: a format version and the entries, sorted by URL so the file diffs cleanly.</summary>
internal sealed record LinkCacheFile(int Version, IReadOnlyList<LinkCacheEntry> Entries)
{
    public const int CurrentVersion = 1;
}
