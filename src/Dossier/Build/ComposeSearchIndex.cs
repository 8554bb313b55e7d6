using System.Globalization;
using System.Text;
using Dossier.Build.Incremental;
using Dossier.Pages;
using Dossier.Search;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>
/// Writes the search index the search page loads: <c>search/index.json</c> names the parts
/// (<c>{"parts":["index-1.json",…]}</c>), and each part is a JSON array of up to <see cref="EntriesPerPart"/> entries,
/// in the index's order. Each document's entry depends only on its page inputs, so a rebuild makes again only the
/// entries of documents whose inputs changed, and writes again only the parts holding them: at a thousand articles the
/// index is megabytes, and an edit of one article's text rewrites one part, not all of it.
/// </summary>
public static class ComposeSearchIndex
{
    /// <summary>
    /// Entries per part: parts are cut by count, not size, so an edit that changes an entry's length moves no other
    /// entry to another part. A part of articles is then about 2 MB (1 MB gzipped) at 900 words each.
    /// </summary>
    public const int EntriesPerPart = 256;

    public static IReadOnlyList<GeneratedFile> Run(PageContext context, IReadOnlyDictionary<string, Fingerprint> inputs, BuildMemory memory)
    {
        var previous = memory.SearchEntries;
        // The index lists every document in the site's order.
        var entries = context.Graph.InListOrder
            .AsParallel()
            .AsOrdered()
            .Select(document =>
            {
                var key = inputs.TryGetValue(document.Id, out var now) ? now : (Fingerprint?)null;
                return key is not null && previous.TryGetValue(document.Id, out var earlier) && earlier.Inputs == key
                    ? (document.Id, Entry: earlier)
                    : (document.Id, Entry: new RememberedSearchEntry(key, SearchIndex.ToJson(SearchIndex.EntryOf(context, document))));
            })
            .ToList();
        memory.SearchEntries = entries.ToDictionary(e => e.Id, e => e.Entry, StringComparer.Ordinal);

        var partCount = Math.Max(1, (entries.Count + EntriesPerPart - 1) / EntriesPerPart);
        var names = Enumerable.Range(1, partCount).Select(n => string.Create(CultureInfo.InvariantCulture, $"index-{n}.json")).ToList();
        var files = new List<GeneratedFile>(partCount + 1)
        {
            new(SitePaths.SearchIndex, Encoding.UTF8.GetBytes("{\"parts\":[" + string.Join(',', names.Select(n => $"\"{n}\"")) + "]}")),
        };
        var parts = new List<RememberedSearchIndex>(partCount);
        for (var p = 0; p < partCount; p++)
        {
            var json = entries.Skip(p * EntriesPerPart).Take(EntriesPerPart).Select(e => e.Entry.Json).ToList();
            var path = SitePaths.Search + names[p];
            // When every entry of the part is the one before, in the same place, so is the file.
            var known = memory.SearchIndex.Count > p ? memory.SearchIndex[p] : null;
            var part = known is not null && known.File.Path == path && known.Parts.Count == json.Count && known.Parts.Zip(json).All(x => ReferenceEquals(x.First, x.Second))
                ? known
                : new RememberedSearchIndex(json, new GeneratedFile(path, Joined(json)));
            parts.Add(part);
            files.Add(part.File);
        }

        memory.SearchIndex = parts;
        return files;
    }

    /// <summary>The entries as one JSON array, in one array of the final size (growing a stream would copy it several times).</summary>
    private static byte[] Joined(IReadOnlyList<byte[]> parts)
    {
        var json = new byte[parts.Sum(p => p.Length) + Math.Max(parts.Count - 1, 0) + 2];
        var at = 0;
        json[at++] = (byte)'[';
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                json[at++] = (byte)',';
            }

            parts[i].CopyTo(json, at);
            at += parts[i].Length;
        }

        json[at] = (byte)']';
        return json;
    }
}
