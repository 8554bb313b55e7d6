using Dossier.Build.Incremental;
using Dossier.CitationStyles;
using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Markdown.WikiLinks;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>
/// Links the graph: resolves every id the content names (front matter, <c>[@…]</c>, <c>[[…]]</c>), reporting all
/// unknown ones, numbers each document's footnotes, and derives the relations the pages list.
/// Runs only once every document is parsed, since any document may name any other.
/// </summary>
public static class LinkContentGraph
{
    /// <summary>
    /// Links the graph of the parsed files — or, given an earlier build's graph whose files had the same paths and front
    /// matter (only bodies edited), patches that graph around the edited documents.
    /// </summary>
    /// <param name="settingsText">The text of <c>dossier.yml</c>: a graph linked under other settings is not patched.</param>
    /// <param name="remember">Whether a later build may patch this one's graph (what to remember is then returned).</param>
    public static (ContentGraph Graph, RememberedGraph? Remembered) Run(
        SiteSettings settings, string? settingsText, IReadOnlyList<ParsedFile> files, bool includeDrafts, ICitationStyle style,
        RememberedGraph? earlier, bool remember, IDiagnosticSink sink)
    {
        var parsedFiles = files.Where(f => f.Parsed is not null).ToList();
        var basis = new FingerprintBuilder().Add(settingsText).Add(includeDrafts).Add(style.GetType().FullName).Build();
        if (remember && earlier is not null && GraphUpdate.TryApply(earlier, basis, parsedFiles, settings, sink) is { } update)
        {
            return (update.Graph, update.Remembered);
        }

        var documents = LinkableDocuments.Of(parsedFiles.Select(f => f.Parsed!).ToList(), includeDrafts);
        if (!remember)
        {
            return (Run(settings, documents, style, sink), null);
        }

        var found = new DiagnosticBag();
        var graph = Run(settings, documents, style, found);
        var reported = found.Sorted();
        foreach (var diagnostic in reported)
        {
            sink.Report(diagnostic);
        }

        // Linking reports each problem in the file that has it, so an edited file's findings can be replaced alone.
        return (graph, new RememberedGraph(basis, parsedFiles, documents.ById, documents.Drafts, graph,
            reported.GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<Diagnostic>)g.ToList(), StringComparer.Ordinal)));
    }

    public static ContentGraph Run(SiteSettings settings, LinkableDocuments documents, ICitationStyle style, IDiagnosticSink sink)
    {
        var (parsed, byId) = (documents.Parsed, documents.ById);
        var collections = settings.Collections;
        var references = new ReferenceResolver(byId, documents.Drafts, collections, sink);

        var mentions = new Dictionary<string, List<ContentDocument>>(StringComparer.Ordinal);
        var fieldLinks = new Dictionary<string, List<(ContentDocument From, string Field)>>(StringComparer.Ordinal);
        var notes = new Dictionary<string, IReadOnlyList<Note>>(StringComparer.Ordinal);
        var uses = new Dictionary<string, List<CitationUse>>(StringComparer.Ordinal);
        var resolved = new Dictionary<string, ResolvedBody>(StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var p in parsed)
        {
            var document = p.Document;
            var linked = LinkDocument(p, references, byId, (target, from, field) => Add(fieldLinks, target, (from, field)));
            foreach (var target in linked.Mentions)
            {
                Add(mentions, target, document);
            }

            resolved[document.Id] = linked.Resolved;
            names[document.Id] = linked.Names;
            if (linked.Notes.Count == 0)
            {
                continue;
            }

            notes[document.Id] = linked.Notes;
            foreach (var note in linked.Notes)
            {
                foreach (var entry in note.Entries)
                {
                    Add(uses, entry.Citation.Id, new CitationUse(document, note.Number));
                }
            }
        }

        var byCollection = parsed.Select(p => p.Document).ToLookup(d => d.Collection.Name, StringComparer.Ordinal);
        return new ContentGraph
        {
            Settings = settings,
            Parsed = parsed.ToDictionary(p => p.Document.Id, StringComparer.Ordinal),
            Listed = collections.All.ToDictionary(c => c.Name, c => c.InOrder(byCollection[c.Name], style), StringComparer.Ordinal),
            Notes = notes,
            Resolved = resolved,
            Names = names,
            MentionedBy = Freeze(mentions, list => MentionOrder(list, collections)),
            ReferencedBy = Freeze(fieldLinks, list => FieldLinkOrder(list, collections)),
            UsesOfCitation = Freeze(uses, list => UseOrder(list, collections)),
        };
    }

    /// <summary>
    /// Links one document against the whole dossier, reporting what does not resolve: every document its front-matter
    /// fields name (each also a mention, and told to <paramref name="field"/>), its cites numbered as notes, and the target of
    /// each wiki link. Both a full link and a patch of the graph link each document through here.
    /// </summary>
    internal static DocumentLinks LinkDocument(
        ParsedDocument p, ReferenceResolver references, IReadOnlyDictionary<string, ContentDocument> byId,
        Action<string, ContentDocument, string>? field = null)
    {
        var document = p.Document;
        var mentions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in document.Collection.ReferencesOf(document))
        {
            foreach (var target in references.Resolve(reference))
            {
                mentions.Add(target.Id);
                field?.Invoke(target.Id, document, reference.Key);
            }
        }

        foreach (var cite in p.Cites)
        {
            references.ResolveCite(document, cite);
        }

        Dictionary<WikiLinkInline, LinkedTarget>? targets = null;
        foreach (var link in p.WikiLinks)
        {
            if (references.ResolveWikiLink(document, link) is { } target)
            {
                mentions.Add(target.Id);
                targets ??= new(ReferenceEqualityComparer.Instance);
                targets[link] = new LinkedTarget(target.Title, SitePaths.Of(target));
            }
        }

        mentions.Remove(document.Id);
        var (notes, numbers) = FootnoteNumbering.Number(p, byId);
        IReadOnlyList<string> named = mentions.Count == 0 && notes.Count == 0
            ? []
            : mentions.Concat(notes.SelectMany(n => n.Entries).Select(e => e.Citation.Id))
                .Where(id => id != document.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // A body that links and cites nothing (most sources) shares the empty resolution.
        var resolved = targets is null && numbers.Count == 0 ? ResolvedBody.None : new ResolvedBody(numbers, targets ?? ResolvedBody.NoTargets);
        return new DocumentLinks(mentions, resolved, notes, named);
    }

    /// <summary>The order of the documents that mention one: by collection, then title, then id; each once.</summary>
    internal static IEnumerable<ContentDocument> MentionOrder(IEnumerable<ContentDocument> mentioners, CollectionSet collections) =>
        mentioners.DistinctBy(d => d.Id).OrderBy(d => collections.RankOf(d.Collection)).ThenBy(d => d.Title, StringComparer.InvariantCultureIgnoreCase).ThenBy(d => d.Id, StringComparer.Ordinal);

    /// <summary>The order of the places a source is cited: by document (collection, then id), then note (stable).</summary>
    internal static IEnumerable<CitationUse> UseOrder(IEnumerable<CitationUse> uses, CollectionSet collections) =>
        uses.OrderBy(u => collections.RankOf(u.Document.Collection)).ThenBy(u => u.Document.Id, StringComparer.Ordinal);

    /// <summary>
    /// The order of the fields naming a document: by collection and id of the document naming it, then field. Stable and
    /// cheap (a country is named by thousands of articles); pages that list them sort what they show by title.
    /// </summary>
    private static IEnumerable<FieldLink> FieldLinkOrder(IEnumerable<(ContentDocument From, string Field)> links, CollectionSet collections) =>
        // Distinct by id, not by the documents themselves: records compare (and hash) every property, bodies included.
        links.DistinctBy(l => (l.From.Id, l.Field)).OrderBy(l => collections.RankOf(l.From.Collection))
            .ThenBy(l => l.From.Id, StringComparer.Ordinal).ThenBy(l => l.Field, StringComparer.Ordinal)
            .Select(l => new FieldLink(l.From.Id, l.Field));

    private static void Add<T>(Dictionary<string, List<T>> relation, string key, T value)
    {
        if (!relation.TryGetValue(key, out var list))
        {
            relation[key] = list = [];
        }

        list.Add(value);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<TOut>> Freeze<TIn, TOut>(
        Dictionary<string, List<TIn>> relation, Func<List<TIn>, IEnumerable<TOut>> order) =>
        relation.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<TOut>)order(kv.Value).ToList(), StringComparer.Ordinal);
}
