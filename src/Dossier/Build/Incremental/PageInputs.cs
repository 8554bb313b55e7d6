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
/// <remarks>Computed on every rebuild, so it hashes flat buffers of fixed-size fingerprints rather than strings.</remarks>
public sealed class PageInputs
{
    private PageInputs(IReadOnlyDictionary<string, Fingerprint> documents, Fingerprint dossier)
    {
        Documents = documents;
        Dossier = dossier;
    }

    /// <summary>No inputs known: nothing will be reused (a build whose memory is not kept).</summary>
    public static PageInputs None { get; } = new(new Dictionary<string, Fingerprint>(), default);

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
            foreach (var target in Named(graph.Parsed[ids[i]]))
            {
                if (number.TryGetValue(target, out var j) && j != i)
                {
                    neighbours[i].Add(j);
                    neighbours[j].Add(i);
                }
            }
        }

        var order = graph.Articles.Select((article, index) => (article.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);
        UInt128 FaceOfArticleAt(int index) => index >= 0 && index < graph.Articles.Count ? faces[number[graph.Articles[index].Id]] : 0;

        var inputs = new Fingerprint[ids.Length];
        Parallel.For(0, ids.Length, i =>
        {
            var near = neighbours[i];
            near.Sort();
            var uses = graph.Related(graph.UsesOfCitation, ids[i]);
            var values = new List<UInt128>(near.Count + 2 * uses.Count + 5) { basis.Value, documents[ids[i]].Whole.Value };
            // The list's order decides an article's previous and next links.
            if (order.TryGetValue(ids[i], out var at))
            {
                values.Add(FaceOfArticleAt(at + 1));
                values.Add(FaceOfArticleAt(at - 1));
            }

            // A source's page lists the notes that cite it: which document, which number.
            foreach (var use in uses)
            {
                values.Add(faces[number[use.Document.Id]]);
                values.Add((UInt128)use.NoteNumber);
            }

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

            inputs[i] = Hash(values);
        });

        var dossier = new List<UInt128>(ids.Length * 8) { basis.Value };
        foreach (var document in graph.Articles.Cast<ContentDocument>().Concat(graph.Countries).Concat(graph.Agreements).Concat(graph.Citations))
        {
            var i = number[document.Id];
            dossier.Add(faces[i]);
            dossier.Add((UInt128)neighbours[i].Count);
            dossier.AddRange(neighbours[i].Select(j => faces[j]));
            foreach (var use in graph.Related(graph.UsesOfCitation, document.Id))
            {
                dossier.Add(faces[number[use.Document.Id]]);
                dossier.Add((UInt128)use.NoteNumber);
            }
        }

        var byDocument = new Dictionary<string, Fingerprint>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            byDocument[ids[i]] = inputs[i];
        }

        return new PageInputs(byDocument, Hash(dossier));
    }

    private static Fingerprint Hash(List<UInt128> values) =>
        new(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(values))));

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
