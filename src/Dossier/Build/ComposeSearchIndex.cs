using Dossier.Build.Incremental;
using Dossier.Pages;
using Dossier.Search;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>
/// Stage 9: writes the search index the search page loads (<c>search/index.json</c>). Each document's entry depends
/// only on its page inputs, so a rebuild makes again only the entries of documents whose inputs changed.
/// </summary>
public static class ComposeSearchIndex
{
    public static GeneratedFile Run(PageContext context, IReadOnlyDictionary<string, Fingerprint> inputs, BuildMemory memory)
    {
        var previous = memory.SearchEntries;
        var entries = SearchIndex.DocumentsInOrder(context.Graph)
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

        // Megabytes at a thousand articles: when every entry is the one before, in the same order, so is the file.
        var parts = entries.Select(e => e.Entry.Json).ToList();
        if (memory.SearchIndex is { } last && last.Parts.Count == parts.Count && last.Parts.Zip(parts).All(p => ReferenceEquals(p.First, p.Second)))
        {
            return last.File;
        }

        // One array of the final size: growing a stream would copy the index several times on the large-object heap.
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
        var file = new GeneratedFile(SitePaths.SearchIndex, json);
        memory.SearchIndex = new RememberedSearchIndex(parts, file);
        return file;
    }
}
