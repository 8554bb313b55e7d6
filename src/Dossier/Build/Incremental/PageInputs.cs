using System.IO.Hashing;
using System.Runtime.InteropServices;
using Dossier.Content;
using Dossier.Graph;

namespace Dossier.Build.Incremental;

/// <summary>
/// The fingerprint of everything a document's page (and its rendered body) is made from: the build's basis
/// (settings, theme, link health, drafts), the whole document, and what its page shows of every document one
/// step away in the graph in either direction — what it names and what names it — and, for an article, of its
/// neighbours in the list. Pages show only these, and of a neighbour only its front matter (a country page lists
/// an article's title and date) — except a source's page, which lists the notes that cite it — so a page whose
/// fingerprint is unchanged would be rendered byte for byte as before.
/// Pages made from the whole dossier (home, indexes, bibliography) depend on every document's front matter and on the
/// graph's relations and notes, not on any body, so editing an article's text leaves them alone.
/// </summary>
/// <remarks>
/// Computed on every rebuild, so it hashes flat buffers of fixed-size fingerprints rather than strings, and after an
/// edit of bodies alone (<see cref="Update"/>) it recomputes only the documents the edited ones named before or name now.
/// </remarks>
public sealed class PageInputs
{
    private readonly ContentGraph? _graph;
    private readonly Fingerprint _basis;
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _number;
    private readonly UInt128[] _faces;
    private readonly List<int>[] _neighbours;
    private readonly Fingerprint[] _inputs;
    private readonly UInt128[] _shown;
    private readonly int[] _listOrder;

    private PageInputs(
        ContentGraph? graph, Fingerprint basis, string[] ids, Dictionary<string, int> number, UInt128[] faces, List<int>[] neighbours,
        Fingerprint[] inputs, UInt128[] shown, int[] listOrder, IReadOnlyDictionary<string, Fingerprint> documents)
    {
        (_graph, _basis, _ids, _number, _faces, _neighbours, _inputs, _shown, _listOrder) = (graph, basis, ids, number, faces, neighbours, inputs, shown, listOrder);
        Documents = documents;
        var dossier = new UInt128[listOrder.Length + 1];
        dossier[0] = basis.Value;
        for (var k = 0; k < listOrder.Length; k++)
        {
            dossier[k + 1] = shown[listOrder[k]];
        }

        Dossier = Hash(dossier);
    }

    /// <summary>No inputs known: nothing will be reused (a build whose memory is not kept).</summary>
    public static PageInputs None { get; } = new(null, default, [], [], [], [], [], [], [], new Dictionary<string, Fingerprint>());

    /// <summary>The inputs of each document's page, by document id.</summary>
    public IReadOnlyDictionary<string, Fingerprint> Documents { get; }

    /// <summary>What pages made from the whole dossier show: every document's front matter, the relations and the notes.</summary>
    public Fingerprint Dossier { get; }

    public Fingerprint Of(Build.PagePlan plan) =>
        plan.DocumentId is { } id ? Documents.GetValueOrDefault(id) : new FingerprintBuilder().Add(Dossier).Add(plan.Key).Build();

    /// <param name="documents">Each document's whole fingerprint (text, path, last commit) and its face: what other pages show of it.</param>
    public static PageInputs Of(
        ContentGraph graph, IReadOnlyDictionary<string, (Fingerprint Whole, Fingerprint Face)> documents, Fingerprint basis)
    {
        // Documents numbered in ordinal order of their ids, so sorting numbers sorts ids.
        var ids = graph.Parsed.Keys.Order(StringComparer.Ordinal).ToArray();
        var number = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            number[ids[i]] = i;
        }

        var faces = ids.Select(id => documents[id].Face.Value).ToArray();
        var neighbours = ids.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            foreach (var j in Named(graph.NamesOf(ids[i]), number, i))
            {
                neighbours[i].Add(j);
                neighbours[j].Add(i);
            }
        }

        var all = Enumerable.Range(0, ids.Length).ToList();
        Parallel.ForEach(all, i => neighbours[i].Sort());
        var listOrder = graph.InListOrder.Select(d => number[d.Id]).ToArray();
        var inputs = new Fingerprint[ids.Length];
        var shown = new UInt128[ids.Length];
        var computing = new Computing(graph, documents, basis, ids, number, faces, neighbours);
        Parallel.ForEach(all, i => (inputs[i], shown[i]) = computing.Of(i));
        return new PageInputs(graph, basis, ids, number, faces, neighbours, inputs, shown, listOrder, ByDocument(ids, inputs));
    }

    /// <summary>
    /// The inputs after an edit of bodies alone (every document with the same front matter, path and last commit; the graph
    /// patched, not linked again), computed again only for the documents the edited ones named before or name now; null when
    /// the edit was anything else.
    /// </summary>
    /// <param name="patchedFrom">The graph <paramref name="graph"/> was patched from: the one <paramref name="previous"/> must have been computed for.</param>
    /// <param name="edited">Each edited document's parse before and now.</param>
    public static PageInputs? Update(
        PageInputs previous, ContentGraph graph, ContentGraph patchedFrom, IReadOnlyDictionary<string, (Fingerprint Whole, Fingerprint Face)> documents,
        Fingerprint basis, IReadOnlyList<(ParsedDocument Before, ParsedDocument Now)> edited)
    {
        var ids = previous._ids;
        if (!ReferenceEquals(previous._graph, patchedFrom) || previous._basis != basis || ids.Length != graph.Parsed.Count)
        {
            return null;
        }

        for (var i = 0; i < ids.Length; i++)
        {
            if (!documents.TryGetValue(ids[i], out var now) || now.Face.Value != previous._faces[i])
            {
                return null;
            }
        }

        // Copied on write: the previous inputs stay whole in the memory until this build ends.
        var neighbours = (List<int>[])previous._neighbours.Clone();
        var dirty = new HashSet<int>();
        List<int> Writable(int i)
        {
            dirty.Add(i);
            if (ReferenceEquals(neighbours[i], previous._neighbours[i]))
            {
                neighbours[i] = [.. neighbours[i]];
            }

            return neighbours[i];
        }

        foreach (var (before, now) in edited)
        {
            if (!previous._number.TryGetValue(now.Document.Id, out var i))
            {
                return null;
            }

            Writable(i);
            foreach (var j in Named(patchedFrom.NamesOf(before.Document.Id), previous._number, i))
            {
                Writable(i).Remove(j);
                Writable(j).Remove(i);
            }

            foreach (var j in Named(graph.NamesOf(now.Document.Id), previous._number, i))
            {
                Writable(i).Add(j);
                Writable(j).Add(i);
            }
        }

        foreach (var i in dirty)
        {
            neighbours[i].Sort();
        }

        var inputs = (Fingerprint[])previous._inputs.Clone();
        var shown = (UInt128[])previous._shown.Clone();
        var computing = new Computing(graph, documents, basis, ids, previous._number, previous._faces, neighbours);
        var byDocument = new Dictionary<string, Fingerprint>(previous.Documents, StringComparer.Ordinal);
        foreach (var i in dirty)
        {
            (inputs[i], shown[i]) = computing.Of(i);
            byDocument[ids[i]] = inputs[i];
        }

        return new PageInputs(graph, basis, ids, previous._number, previous._faces, neighbours, inputs, shown, previous._listOrder, byDocument);
    }

    private static Dictionary<string, Fingerprint> ByDocument(string[] ids, Fingerprint[] inputs)
    {
        var byDocument = new Dictionary<string, Fingerprint>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            byDocument[ids[i]] = inputs[i];
        }

        return byDocument;
    }

    private static Fingerprint Hash(ReadOnlySpan<UInt128> values) => new(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(values)));

    /// <summary>The numbers of the documents a document names (as linking resolved them), but itself.</summary>
    private static IEnumerable<int> Named(IReadOnlyList<string> names, Dictionary<string, int> number, int self)
    {
        foreach (var id in names)
        {
            if (number.TryGetValue(id, out var j) && j != self)
            {
                yield return j;
            }
        }
    }

    /// <summary>Computes one document's page inputs, and what the whole-dossier pages show of it, from the graph and the neighbours.</summary>
    private sealed class Computing(
        ContentGraph graph, IReadOnlyDictionary<string, (Fingerprint Whole, Fingerprint Face)> documents, Fingerprint basis,
        string[] ids, Dictionary<string, int> number, UInt128[] faces, List<int>[] neighbours)
    {
        public (Fingerprint Inputs, UInt128 Shown) Of(int i)
        {
            var near = neighbours[i];
            var uses = graph.Related(graph.UsesOfCitation, ids[i]);
            var values = new List<UInt128>(near.Count + 2 * uses.Count + 5) { basis.Value, documents[ids[i]].Whole.Value };
            // The list's order decides an article's previous and next links.
            if (graph.Parsed[ids[i]].Document is Article article && graph.PositionOf(article) is var at and >= 0)
            {
                values.Add(FaceOfArticleAt(at + 1));
                values.Add(FaceOfArticleAt(at - 1));
            }

            // A source's page lists the notes that cite it: which document, which number.
            var usesFrom = values.Count;
            foreach (var use in uses)
            {
                values.Add(faces[number[use.Document.Id]]);
                values.Add((UInt128)use.NoteNumber);
            }

            var usesTo = values.Count;
            values.Add((UInt128)near.Count);
            var previous = -1;
            foreach (var j in near)
            {
                if (j != previous)
                {
                    values.Add(faces[j]);
                }

                previous = j;
            }

            var inputs = Hash(CollectionsMarshal.AsSpan(values));

            // Whole-dossier pages: the face, how many links in and out and to and from whom, and the notes citing it.
            var shown = new List<UInt128>(near.Count + usesTo - usesFrom + 2) { faces[i], (UInt128)near.Count };
            shown.AddRange(near.Select(j => faces[j]));
            shown.AddRange(values.Skip(usesFrom).Take(usesTo - usesFrom));
            return (inputs, Hash(CollectionsMarshal.AsSpan(shown)).Value);
        }

        private UInt128 FaceOfArticleAt(int index) =>
            index >= 0 && index < graph.Articles.Count ? faces[number[graph.Articles[index].Id]] : 0;
    }
}
