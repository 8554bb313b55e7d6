using Dossier.Links.Cache;

namespace Dossier.Cli.Commands;

/// <summary>Reads the link checker's cache for a build, to show each source's link health; a broken cache is a warning, not a failure.</summary>
internal static class LinkHealthFile
{
    public static IReadOnlyDictionary<string, Health.LinkHealth> Read(BuildSettings settings)
    {
        var cachePath = settings.LinkCache ?? Path.Combine(settings.Source, LinkCache.DefaultPath);
        try
        {
            return LinkHealthExport.Of(LinkCache.Load(cachePath));
        }
        catch (LinkCacheException ex)
        {
            Console.Error.WriteLine($"{cachePath}: warning: the link cache was not read, so link health is not shown: {ex.Message}");
            return new Dictionary<string, Health.LinkHealth>();
        }
    }
}
