using Dossier.Links.Cache;

namespace Dossier.Cli.Commands;

/// <summary>Reads the link checker's cache for a build, to show each source's link health; a broken cache is a warning, not a failure.</summary>
internal static class LinkHealthFile
{
    public static LinkCacheReading Read(BuildSettings settings)
    {
        var cachePath = settings.LinkCache ?? Path.Combine(settings.Source, LinkCache.DefaultPath);
        if (!File.Exists(cachePath))
        {
            return new LinkCacheReading(cachePath, LinkCacheReading.NoHealth);
        }

        try
        {
            var cache = LinkCache.Load(cachePath);
            return new LinkCacheReading(cachePath, LinkHealthExport.Of(cache))
            {
                Found = true,
                Entries = cache.Entries.Count,
                NewestCheck = cache.Entries.Count == 0 ? null : cache.Entries.Values.Max(e => e.CheckedAt),
            };
        }
        catch (LinkCacheException ex)
        {
            return new LinkCacheReading(cachePath, LinkCacheReading.NoHealth) { Found = true, Problem = ex.Message };
        }
    }
}
