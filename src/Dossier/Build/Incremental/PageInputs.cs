using Dossier.Content;
using Dossier.Graph;

namespace Dossier.Build.Incremental;

/// <summary>
/// The fingerprint of everything a document's page (and its rendered body) is made from: the build's basis
/// (settings, theme, link health, drafts), the whole document, and what its page shows of every document one
/// step away in the graph in either direction — what it names and what names it — and, for an article, of its
/// neighbours in the list. Pages show only these, and of a neighbour only its front matter (a country page lists
/// an article's title and date) — except a source's page, which lists the notes that cite it, so a page whose
/// fingerprint is unchanged would be rendered byte for byte as before.
/// Pages made from the whole dossier (home, indexes, bibliography) depend on every document's front matter and on the
/// graph's relations and notes, not on any body, so editing an article's text leaves them alone.
/// </summary>
public sealed class PageInputs
{
    private PageInputs(IReadOnlyDictionary<string, Fingerprint> documents, Fingerprint dossier)
    {
        Documents = documents;
        Dossier = dossier;
    }

    /// <summary>The inputs of each document's page, by document id.</summary>
    public IReadOnlyDictionary<string, Fingerprint> Documents { get; }

    /// <summary>What pages made from the whole dossier show: every document's front matter, the relations and the notes.</summary>
    public Fingerprint Dossier { get; }

    public Fingerprint Of(Build.PagePlan plan) =>
        plan.DocumentId is { } id ? Documents[id] : new FingerprintBuilder().Add(Dossier).Add(plan.Key).Build();

    /// <param name="documents">Each document's whole fingerprint (text, path, last commit) and its face: what other pages show of it.</param>
    public static PageInputs Of(
        ContentGraph graph, IReadOnlyDictionary<string, (Fingerprint Whole, Fingerprint Face)> documents, Fingerprint basis)
    {
        var neighbours = graph.Parsed.Keys.ToDictionary(id => id, _ => new SortedSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (id, parsed) in graph.Parsed)
        {
            foreach (var target in Named(parsed).Where(t => t != id && neighbours.ContainsKey(t)))
            {
                neighbours[id].Add(target);
                neighbours[target].Add(id);
            }
        }

        var order = graph.Articles.Select((article, index) => (article.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        string? ArticleAt(int index) => index >= 0 && index < graph.Articles.Count ? graph.Articles[index].Id : null;

        var byDocument = neighbours.AsParallel().ToDictionary(kv => kv.Key, kv =>
        {
            var builder = new FingerprintBuilder().Add(basis).Add(kv.Key).Add(documents[kv.Key].Whole);
            void AddDocument(string? id) => builder.Add(id).Add(id is null ? default : documents[id].Face);
            // The list's order decides an article's previous and next links.
            if (order.TryGetValue(kv.Key, out var at))
            {
                AddDocument(ArticleAt(at + 1));
                AddDocument(ArticleAt(at - 1));
            }

            // A source's page lists the notes that cite it: which document, which number.
            foreach (var use in graph.Related(graph.UsesOfCitation, kv.Key))
            {
                builder.Add(use.Document.Id).Add(use.NoteNumber);
            }

            builder.Add(kv.Value.Count);
            foreach (var id in kv.Value)
            {
                AddDocument(id);
            }

            return builder.Build();
        }, StringComparer.Ordinal);

        var dossier = new FingerprintBuilder().Add(basis);
        foreach (var document in graph.Articles.Cast<ContentDocument>().Concat(graph.Countries).Concat(graph.Agreements).Concat(graph.Citations))
        {
            dossier.Add(document.Id).Add(documents[document.Id].Face).Add(neighbours[document.Id].Count);
            foreach (var id in neighbours[document.Id])
            {
                dossier.Add(id);
            }

            foreach (var use in graph.Related(graph.UsesOfCitation, document.Id))
            {
                dossier.Add(use.Document.Id).Add(use.NoteNumber);
            }
        }

        return new PageInputs(byDocument, dossier.Build());
    }

    /// <summary>Every id a document names: in its front matter, its cites and its wiki links.</summary>
    private static IEnumerable<string> Named(ParsedDocument parsed)
    {
        IEnumerable<IdReference> listed = parsed.Document switch
        {
            Article article => article.Countries.Concat(article.Agreements),
            Agreement agreement => agreement.Parties.Concat(agreement.Citations),
            _ => [],
        };
        return listed.Select(r => r.Id)
            .Concat(parsed.Cites.SelectMany(c => c.Keys).Select(k => k.Id))
            .Concat(parsed.WikiLinks.Select(l => l.Target));
    }
}
