using System.Text.Json;
using Dossier.Links.Checking;
using Dossier.Links.Quotes;

namespace Dossier.Links.Cache;

/// <summary>
/// The results of earlier runs, by URL (default file <c>.dossier/links.json</c>). A result younger than
/// the maximum age is reused instead of asking the publisher again. Immutable: <see cref="With"/> returns
/// a new cache.
/// </summary>
public sealed class LinkCache
{
    public const string DefaultPath = ".dossier/links.json";

    private LinkCache(IReadOnlyDictionary<string, LinkCacheEntry> entries)
    {
        Entries = entries;
    }

    public static LinkCache Empty { get; } = new(new Dictionary<string, LinkCacheEntry>(StringComparer.Ordinal));

    /// <summary>Every cached result, keyed by the URL exactly as cited.</summary>
    public IReadOnlyDictionary<string, LinkCacheEntry> Entries { get; }

    /// <summary>Reads a cache file; a missing file is an empty cache.</summary>
    /// <exception cref="LinkCacheException">The file is not a cache file this version understands.</exception>
    public static LinkCache Load(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        LinkCacheFile? file;
        try
        {
            using var stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<LinkCacheFile>(stream, CacheJson.Options);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new LinkCacheException($"{path} is not a readable link cache: {ex.Message}", ex);
        }

        if (file is null || file.Version != LinkCacheFile.CurrentVersion)
        {
            throw new LinkCacheException($"{path} has cache format version {file?.Version}, this checker reads version {LinkCacheFile.CurrentVersion}");
        }

        return new LinkCache(EntriesOf(file, path));
    }

    /// <summary>The entries by URL; a hand-edited or badly merged file (an entry without a URL, a URL twice) is refused whole.</summary>
    private static Dictionary<string, LinkCacheEntry> EntriesOf(LinkCacheFile file, string path)
    {
        var entries = new Dictionary<string, LinkCacheEntry>(StringComparer.Ordinal);
        foreach (var (entry, index) in (file.Entries ?? []).Select((e, i) => (e, i)))
        {
            if (entry is null || string.IsNullOrEmpty(entry.Url) || entry.Quotes is null || entry.Quotes.Any(q => q?.Text is null))
            {
                throw new LinkCacheException($"{path} is not a readable link cache: entry {index + 1} has no url or a malformed quote");
            }

            if (!entries.TryAdd(entry.Url, entry))
            {
                throw new LinkCacheException($"{path} is not a readable link cache: {entry.Url} has two entries");
            }
        }

        return entries;
    }

    /// <summary>Writes the cache atomically, entries sorted by URL.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var file = new LinkCacheFile(LinkCacheFile.CurrentVersion, Entries.Values.OrderBy(e => e.Url, StringComparer.Ordinal).ToList());
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, file, CacheJson.Options);
            stream.WriteByte((byte)'\n');
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>A cache holding these results in place of older ones for the same URLs.</summary>
    public LinkCache With(IEnumerable<LinkResult> results)
    {
        var entries = new Dictionary<string, LinkCacheEntry>(Entries, StringComparer.Ordinal);
        // Reused results are written back too: an archived copy found this run joins their entry.
        foreach (var result in results)
        {
            entries[result.Url] = LinkCacheEntry.From(result, Entries.GetValueOrDefault(result.Url));
        }

        return new LinkCache(entries);
    }

    /// <summary>
    /// The cached result for <paramref name="url"/> if it is younger than <paramref name="maxAge"/> and covers
    /// every quote asked for (with the fingerprint of each one found). Only answers a server gave are reused (asking again is what would bother the
    /// publisher); timeouts, DNS failures and refused connections are checked again, as they may pass on the
    /// next try, and blocked URLs depend on this run's allow-list. Entries made under other rules are checked again too.
    /// </summary>
    public LinkResult? Reusable(UrlToCheck url, TimeSpan maxAge, DateTimeOffset now)
    {
        if (!Entries.TryGetValue(url.Url, out var entry) || entry.Status is null || entry.Verdict is Verdict.Timeout or Verdict.Blocked
            || entry.Rules != LinkCacheEntry.CurrentRules)
        {
            return null;
        }

        var age = now - entry.CheckedAt;
        if (age < TimeSpan.Zero || age >= maxAge)
        {
            return null;
        }

        // A quote found before fingerprints were kept (or by another method) is read again, to record the words around it.
        return url.Quotes.All(q => entry.QuoteFor(q) is { } cached && (cached.Finding != QuoteFinding.Found || Fingerprinted(cached)))
            ? entry.ToResult()
            : null;
    }

    private static bool Fingerprinted(CachedQuote quote) =>
        quote.Fingerprint?.StartsWith(QuoteFingerprint.Method + ":", StringComparison.Ordinal) == true;
}
