using Dossier.Content;

namespace Dossier.Graph;

/// <summary>
/// The whole dossier once every document is parsed and every reference resolved: the documents,
/// their notes, and the relations pages list (who links to whom, who is party to what, who cites what).
/// Built once by the linking stage and read-only afterwards.
/// </summary>
public sealed class ContentGraph
{
    // Built on first use, once the init-only lists are set (two pages composed in parallel may both build it: harmless).
    private Dictionary<string, int>? _articlePositions;

    public required SiteSettings Settings { get; init; }

    public required IReadOnlyDictionary<string, ParsedDocument> Parsed { get; init; }

    /// <summary>Newest first, then by title.</summary>
    public required IReadOnlyList<Article> Articles { get; init; }

    /// <summary>By title.</summary>
    public required IReadOnlyList<Country> Countries { get; init; }

    /// <summary>By title.</summary>
    public required IReadOnlyList<Agreement> Agreements { get; init; }

    /// <summary>In the bibliography's order.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>Footnotes of each document that has any, by document id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Note>> Notes { get; init; }

    /// <summary>Documents that link to or are about a document, by target id (ordered by collection, then title).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ContentDocument>> MentionedBy { get; init; }

    /// <summary>Agreements each country is party to, by country id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Agreement>> AgreementsOfCountry { get; init; }

    /// <summary>Agreements that list each source in their <c>citations</c>, by citation id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Agreement>> AgreementsCitingSource { get; init; }

    /// <summary>Every footnote that cites a source, by citation id, in document then note order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<CitationUse>> UsesOfCitation { get; init; }

    /// <summary>Every document in the site's order: articles, countries, agreements, then sources.</summary>
    public IEnumerable<ContentDocument> InListOrder =>
        Articles.Cast<ContentDocument>().Concat(Countries).Concat(Agreements).Concat(Citations);

    /// <summary>Where an article stands in <see cref="Articles"/>, or -1.</summary>
    public int PositionOf(Article article)
    {
        var positions = LazyInitializer.EnsureInitialized(ref _articlePositions,
            () => Articles.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal));
        return positions.TryGetValue(article.Id, out var position) ? position : -1;
    }

    public IReadOnlyList<T> Related<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> relation, string id) =>
        relation.TryGetValue(id, out var list) ? list : [];

    /// <summary>The sources a document cites in its body, in first-use order, plus extra ones it lists.</summary>
    public IReadOnlyList<Citation> SourcesOf(string id, IEnumerable<Citation>? listed = null)
    {
        var notes = Notes.TryGetValue(id, out var n) ? n : [];
        return (listed ?? [])
            .Concat(notes.SelectMany(note => note.Entries).Select(e => e.Citation))
            .DistinctBy(c => c.Id)
            .ToList();
    }
}
