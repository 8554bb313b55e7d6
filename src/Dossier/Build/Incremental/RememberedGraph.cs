using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Build.Incremental;

/// <summary>
/// The last build's linked graph and what it was linked from — the parsed files in order, under a basis of the
/// settings and drafts, every linked document by id and the drafts left out — with what linking reported for each file, so a rebuild in which no front matter changed
/// can patch the graph around the edited documents instead of linking the whole dossier again.
/// </summary>
public sealed record RememberedGraph(
    Fingerprint Basis,
    IReadOnlyList<ParsedFile> Files,
    IReadOnlyDictionary<string, Content.ContentDocument> ById,
    IReadOnlyDictionary<string, ContentDocument> Drafts,
    ContentGraph Graph,
    IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> ReportedByPath)
{
    /// <summary>When this graph was patched from the one before: each edited document's parse before and now; null when linked whole.</summary>
    public IReadOnlyList<(ParsedDocument Before, ParsedDocument Now)>? Patched { get; init; }

    /// <summary>The graph this one was patched from, when it was.</summary>
    public ContentGraph? PatchedFrom { get; init; }
}
