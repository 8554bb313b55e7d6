using Dossier.Collections;
using Dossier.Content;
using Dossier.Markdown;

namespace Dossier.Graph;

/// <summary>
/// The whole dossier once every document is parsed and every reference resolved: the documents of each collection
/// in its order, their notes, and the relations pages list (who links to whom, which fields name whom, who cites what).
/// Built once by the linking stage and read-only afterwards.
/// </summary>
public sealed class ContentGraph
{
    // Built on first use, once the init-only lists are set (two pages composed in parallel may both build one: harmless).
    private Dictionary<string, int>? _articlePositions;
    private IReadOnlyList<Article>? _articles;
    private IReadOnlyList<Country>? _countries;
    private IReadOnlyList<Agreement>? _agreements;
    private IReadOnlyList<Citation>? _citations;

    public required SiteSettings Settings { get; init; }

    public required IReadOnlyDictionary<string, ParsedDocument> Parsed { get; init; }

    /// <summary>The documents of each collection, by collection name, in the collection's own order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ContentDocument>> Listed { get; init; }

    /// <summary>Footnotes of each document that has any, by document id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Note>> Notes { get; init; }

    /// <summary>Documents that link to or name a document, by target id (ordered by collection, then title).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ContentDocument>> MentionedBy { get; init; }

    /// <summary>The front-matter fields that name each document, by target id (ordered by collection, then id and field of the document naming it).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FieldLink>> ReferencedBy { get; init; }

    /// <summary>
    /// The documents each document names, resolved once by linking: in its front-matter fields, its cites and its wiki
    /// links, each once, itself left out, by document id.
    /// </summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Names { get; init; }

    /// <summary>What linking resolved in each document's body (note numbers, wiki-link targets), by document id.</summary>
    public required IReadOnlyDictionary<string, ResolvedBody> Resolved { get; init; }

    /// <summary>Every footnote that cites a source, by citation id, in document then note order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CitationUse>> UsesOfCitation { get; init; }

    public CollectionSet Collections => Settings.Collections;

    /// <summary>Newest first, then by title.</summary>
    public IReadOnlyList<Article> Articles => _articles ??= ListOf<Article>(BuiltInCollections.Articles);

    /// <summary>By title.</summary>
    public IReadOnlyList<Country> Countries => _countries ??= ListOf<Country>(BuiltInCollections.Countries);

    /// <summary>By title.</summary>
    public IReadOnlyList<Agreement> Agreements => _agreements ??= ListOf<Agreement>(BuiltInCollections.Agreements);

    /// <summary>In the bibliography's order.</summary>
    public IReadOnlyList<Citation> Citations => _citations ??= ListOf<Citation>(BuiltInCollections.Citations);

    /// <summary>Every document in the site's order: collection by collection, each in its own order.</summary>
    public IEnumerable<ContentDocument> InListOrder => Collections.All.SelectMany(ListOf);

    /// <summary>The documents a document names (see <see cref="Names"/>).</summary>
    public IReadOnlyList<string> NamesOf(string id) => Names.TryGetValue(id, out var names) ? names : [];

    /// <summary>What linking resolved in a document's body.</summary>
    public ResolvedBody ResolvedOf(string id) => Resolved.TryGetValue(id, out var resolved) ? resolved : ResolvedBody.None;

    /// <summary>The documents of one collection in its order.</summary>
    public IReadOnlyList<ContentDocument> ListOf(CollectionDescriptor collection) =>
        Listed.TryGetValue(collection.Name, out var list) ? list : [];

    /// <summary>Where an article stands in <see cref="Articles"/>, or -1.</summary>
    public int PositionOf(Article article)
    {
        var positions = LazyInitializer.EnsureInitialized(ref _articlePositions,
            () => Articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal));
        return positions.TryGetValue(article.Id, out var position) ? position : -1;
    }

    public IReadOnlyList<T> Related<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> relation, string id) =>
        relation.TryGetValue(id, out var list) ? list : [];

    /// <summary>The documents that name <paramref name="id"/>, each with the field that does, in the relation's order.</summary>
    public IEnumerable<(ContentDocument From, string Field)> ReferrersOf(string id) =>
        Related(ReferencedBy, id).Select(link => (Parsed[link.FromId].Document, link.Field));

    /// <summary>The documents of type <typeparamref name="T"/> whose <paramref name="field"/> names <paramref name="id"/>, by title.</summary>
    public IReadOnlyList<T> Referring<T>(string id, string field)
        where T : ContentDocument =>
        ReferrersOf(id).Where(r => r.Field == field).Select(r => r.From).OfType<T>()
            .DistinctBy(d => d.Id).OrderBy(d => d.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>The sources a document cites in its body, in first-use order, plus extra ones it lists.</summary>
    public IReadOnlyList<Citation> SourcesOf(string id, IEnumerable<Citation>? listed = null)
    {
        var notes = Notes.TryGetValue(id, out var n) ? n : [];
        return (listed ?? [])
            .Concat(notes.SelectMany(note => note.Entries).Select(e => e.Citation))
            .DistinctBy(c => c.Id)
            .ToList();
    }

    private IReadOnlyList<T> ListOf<T>(CollectionDescriptor collection) => ListOf(collection).Cast<T>().ToList();
}
