using Dossier.Content;
using Dossier.Markdown.CiteKeys;

namespace Dossier.Graph;

/// <summary>
/// Numbers a document's cites as footnotes in reading order, one note per <c>[@…]</c>, and marks a
/// source cited earlier in the same document as a repeat so it gets the short form.
/// </summary>
public static class FootnoteNumbering
{
    // Most documents cite nothing (sources, many countries): they share one empty, read-only answer.
    private static readonly IReadOnlyDictionary<CiteKeyInline, int> NoNumbers = new Dictionary<CiteKeyInline, int>();

    /// <returns>The notes, and the number each cite is shown as (cites of nothing that exists have none).</returns>
    public static (IReadOnlyList<Note> Notes, IReadOnlyDictionary<CiteKeyInline, int> Numbers) Number(
        ParsedDocument parsed, IReadOnlyDictionary<string, ContentDocument> byId)
    {
        if (parsed.Cites.Count == 0)
        {
            return ([], NoNumbers);
        }

        var numbers = new Dictionary<CiteKeyInline, int>(ReferenceEqualityComparer.Instance);
        var notes = new List<Note>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cite in parsed.Cites)
        {
            var entries = new List<NoteEntry>();
            foreach (var key in cite.Keys)
            {
                if (byId.TryGetValue(key.Id, out var target) && target is Citation citation)
                {
                    entries.Add(new NoteEntry(citation, key.Locator, IsRepeat: !seen.Add(citation.Id)) { Quote = key.Quote });
                }
            }

            // A cite whose every key is unknown was reported when the graph was linked; it gets no number.
            if (entries.Count == 0)
            {
                continue;
            }

            numbers[cite] = notes.Count + 1;
            notes.Add(new Note(notes.Count + 1, entries));
        }

        return (notes, numbers);
    }
}
