using Dossier.Health;

namespace Dossier.Cli.Commands;

/// <summary>What a build found at the link cache's path: the link health the site shows, and what the log says about it.</summary>
internal sealed record LinkCacheReading(string Path, IReadOnlyDictionary<string, LinkHealth> Health)
{
    public static IReadOnlyDictionary<string, LinkHealth> NoHealth { get; } = new Dictionary<string, LinkHealth>();

    /// <summary>Whether a file was at the path (readable or not).</summary>
    public bool Found { get; init; }

    /// <summary>How many URLs the cache holds a result for.</summary>
    public int Entries { get; init; }

    /// <summary>When the most recent of those results was reached; null for an empty cache.</summary>
    public DateTimeOffset? NewestCheck { get; init; }

    /// <summary>Why a file that was there could not be read; the site then shows no link health.</summary>
    public string? Problem { get; init; }
}
