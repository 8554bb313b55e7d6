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
    public static GeneratedFile Run(PageContext context) =>
        Run(context, new Dictionary<string, Fingerprint>(), new BuildMemory());

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

        var json = new MemoryStream();
        json.WriteByte((byte)'[');
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0)
            {
                json.WriteByte((byte)',');
            }

            json.Write(entries[i].Entry.Json);
        }

        json.WriteByte((byte)']');
        return new GeneratedFile(SitePaths.SearchIndex, json.ToArray());
    }
}
