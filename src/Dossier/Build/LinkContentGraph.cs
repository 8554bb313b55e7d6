using System.Globalization;
using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.References;

namespace Dossier.Build;

/// <summary>
/// Stage 6: resolves every id the content names (front matter, <c>[@…]</c>, <c>[[…]]</c>), reporting all
/// unknown ones, numbers each document's footnotes, and derives the relations the pages list.
/// Runs only once every document is parsed, since any document may name any other.
/// </summary>
public static class LinkContentGraph
{
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    /// <summary>
    /// Links the graph of the parsed files — or, given the memory of a build whose files had the same paths and front
    /// matter (only bodies edited), patches that build's graph around the edited documents.
    /// </summary>
    /// <param name="settingsText">The text of <c>dossier.yml</c>: a graph linked under other settings is not patched.</param>
    public static ContentGraph Run(
        SiteSettings settings, string? settingsText, IReadOnlyList<RememberedFile> files, bool includeDrafts, ICitationStyle style,
        BuildMemory memory, IDiagnosticSink sink)
    {
        var parsedFiles = files.Where(f => f.Parsed is not null).ToList();
        var basis = new FingerprintBuilder().Add(settingsText).Add(includeDrafts).Add(style.GetType().FullName).Build();
        if (memory is { Kept: true, Graph: { } previous } && GraphUpdate.TryApply(previous, basis, parsedFiles, settings, sink) is { } update)
        {
            memory.Graph = update.Remembered;
            return update.Graph;
        }

        var documents = LinkableDocuments.Of(parsedFiles.Select(f => f.Parsed!).ToList(), includeDrafts);
        if (!memory.Kept)
        {
            return Run(settings, documents, style, sink);
        }

        var found = new DiagnosticBag();
        var graph = Run(settings, documents, style, found);
        var reported = found.Sorted();
        foreach (var diagnostic in reported)
        {
            sink.Report(diagnostic);
        }

        // Linking reports each problem in the file that has it, so an edited file's findings can be replaced alone.
        memory.Graph = new RememberedGraph(basis, parsedFiles, documents.ById, documents.Drafts, graph,
            reported.GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.ToList(), StringComparer.Ordinal));
        return graph;
    }

    public static ContentGraph Run(SiteSettings settings, LinkableDocuments documents, ICitationStyle style, IDiagnosticSink sink)
    {
        var (parsed, byId) = (documents.Parsed, documents.ById);
        var references = new ReferenceResolver(byId, documents.Drafts, sink);

        var mentions = new Dictionary<string, List<ContentDocument>>(StringComparer.Ordinal);
        var parties = new Dictionary<string, List<Agreement>>(StringComparer.Ordinal);
        var sourced = new Dictionary<string, List<Agreement>>(StringComparer.Ordinal);
        void Mention(string target, ContentDocument by)
        {
            if (target != by.Id)
            {
                Add(mentions, target, by);
            }
        }

        foreach (var p in parsed)
        {
            Link(p, references, Mention, (country, agreement) => Add(parties, country, agreement), (source, agreement) => Add(sourced, source, agreement));
        }

        var notes = new Dictionary<string, IReadOnlyList<Note>>(StringComparer.Ordinal);
        var uses = new Dictionary<string, List<CitationUse>>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            var numbered = FootnoteNumbering.Number(p, byId);
            if (numbered.Count == 0)
            {
                continue;
            }

            notes[p.Document.Id] = numbered;
            foreach (var note in numbered)
            {
                foreach (var entry in note.Entries)
                {
                    Add(uses, entry.Citation.Id, new CitationUse(p.Document, note.Number));
                }
            }
        }

        var all = parsed.Select(p => p.Document).ToList();
        return new ContentGraph
        {
            Settings = settings,
            Parsed = parsed.ToDictionary(p => p.Document.Id, StringComparer.Ordinal),
            Articles = all.OfType<Article>()
                .OrderByDescending(a => a.Date).ThenBy(a => a.Title, TitleOrder).ThenBy(a => a.Id, StringComparer.Ordinal).ToList(),
            Countries = ByTitle(all.OfType<Country>()),
            Agreements = ByTitle(all.OfType<Agreement>()),
            Citations = all.OfType<Citation>()
                .OrderBy(style.SortKey, TitleOrder).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(),
            Notes = notes,
            MentionedBy = Freeze(mentions, MentionOrder),
            AgreementsOfCountry = Freeze(parties, list => list.DistinctBy(a => a.Id).OrderBy(a => a.Title, TitleOrder)),
            AgreementsCitingSource = Freeze(sourced, list => list.DistinctBy(a => a.Id).OrderBy(a => a.Title, TitleOrder)),
            UsesOfCitation = Freeze(uses, UseOrder),
        };
    }

    /// <summary>
    /// Resolves what one document names, reporting what does not resolve, and tells what it adds to the relations:
    /// what it mentions (front-matter countries and agreements of an article, wiki links of any document), the
    /// countries party to an agreement, the sources an agreement lists.
    /// </summary>
    internal static void Link(
        ParsedDocument p, ReferenceResolver references, Action<string, ContentDocument> mention,
        Action<string, Agreement> party, Action<string, Agreement> source)
    {
        var document = p.Document;
        switch (document)
        {
            case Article article:
                references.Resolve(article.Countries, "countries", Collection.Country).ForEach(c => mention(c.Id, article));
                references.Resolve(article.Agreements, "agreements", Collection.Agreement).ForEach(a => mention(a.Id, article));
                break;
            case Agreement agreement:
                references.Resolve(agreement.Parties, "parties", Collection.Country).ForEach(c => party(c.Id, agreement));
                references.Resolve(agreement.Citations, "citations", Collection.Citation).ForEach(c => source(c.Id, agreement));
                break;
        }

        foreach (var cite in p.Cites)
        {
            // A rebuild may link a parse kept from the previous build: what that build set is cleared first.
            cite.NoteNumber = 0;
            references.ResolveCite(document, cite);
        }

        foreach (var link in p.WikiLinks)
        {
            (link.TargetTitle, link.Href) = (null, null);
            if (references.ResolveWikiLink(document, link) is { } target)
            {
                mention(target.Id, document);
            }
        }
    }

    /// <summary>The order of the documents that mention one: by collection, then title, then id; each once.</summary>
    internal static IEnumerable<ContentDocument> MentionOrder(IEnumerable<ContentDocument> mentioners) =>
        mentioners.DistinctBy(d => d.Id).OrderBy(d => d.Collection).ThenBy(d => d.Title, TitleOrder).ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>The order of the places a source is cited: by document (collection, then id), then note (stable).</summary>
    internal static IEnumerable<CitationUse> UseOrder(IEnumerable<CitationUse> uses) =>
        uses.OrderBy(u => u.Document.Collection).ThenBy(u => u.Document.Id, StringComparer.Ordinal);

    private static List<T> ByTitle<T>(IEnumerable<T> documents)
        where T : ContentDocument =>
        documents.OrderBy(d => d.Title, TitleOrder).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();

    private static void Add<T>(Dictionary<string, List<T>> relation, string key, T value)
    {
        if (!relation.TryGetValue(key, out var list))
        {
            relation[key] = list = [];
        }

        list.Add(value);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Freeze<T>(
        Dictionary<string, List<T>> relation, Func<List<T>, IEnumerable<T>> order) =>
        relation.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<T>)order(kv.Value).ToList(), StringComparer.Ordinal);
}
