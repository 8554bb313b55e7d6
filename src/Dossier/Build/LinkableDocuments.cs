using Dossier.Content;
using Dossier.Graph;

namespace Dossier.Build;

/// <summary>
/// The documents the graph is linked from: drafts left out unless they are built, each id once (the first file wins;
/// validation reported the other), and every one of them by id; the drafts left out, by id, so a link to one says so.
/// </summary>
public sealed record LinkableDocuments(
    IReadOnlyList<ParsedDocument> Parsed, IReadOnlyDictionary<string, ContentDocument> ById, IReadOnlyDictionary<string, ContentDocument> Drafts)
{
    public static LinkableDocuments Of(IReadOnlyList<ParsedDocument> all, bool includeDrafts)
    {
        var drafts = all.Where(p => p.Document.IsDraft && !includeDrafts).Select(p => p.Document)
            .DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var parsed = all.Where(p => !drafts.ContainsKey(p.Document.Id)).DistinctBy(p => p.Document.Id).ToList();
        return new(parsed, parsed.ToDictionary(p => p.Document.Id, p => p.Document, StringComparer.Ordinal), drafts);
    }
}
