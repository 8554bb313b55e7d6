using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Lints;

namespace Dossier.Build;

/// <summary>Warnings about content that builds but is probably not what the editor meant.</summary>
public static class LintContent
{
    private static readonly ILint[] Lints =
    [
        new UnusedCitationLint(),
        new DuplicateUrlLint(),
        new OrphanPageLint(),
    ];

    private static readonly IDocumentLint[] DocumentLints =
    [
        new RepeatedParagraphLint(),
    ];

    /// <summary>
    /// Runs every lint; a document whose page inputs are unchanged since the memory's build is not checked again by
    /// the per-document lints, nor the dossier by the whole-dossier lints when its inputs are unchanged: what they
    /// reported then is reported again.
    /// </summary>
    /// <param name="dossier">The whole-dossier inputs (every front matter, relation and note: all these lints read), or null.</param>
    public static void Run(
        ContentGraph graph, IReadOnlyDictionary<string, Fingerprint> inputs, Fingerprint? dossier, BuildMemory memory, IDiagnosticSink sink)
    {
        if (dossier is { } now && memory.DossierLints is { } known && known.Inputs == now)
        {
            foreach (var diagnostic in known.Diagnostics)
            {
                sink.Report(diagnostic);
            }
        }
        else
        {
            // Lints only read the graph and the bag is thread-safe, so they run side by side.
            var found = new DiagnosticBag();
            Parallel.ForEach(Lints, lint => lint.Run(graph, found));
            var sorted = found.Sorted();
            foreach (var diagnostic in sorted)
            {
                sink.Report(diagnostic);
            }

            memory.DossierLints = dossier is { } seen ? new RememberedDossierLints(seen, sorted) : null;
        }

        var previous = memory.Lints;
        var checkedNow = graph.Parsed.Values.AsParallel().Select(parsed =>
        {
            var id = parsed.Document.Id;
            if (inputs.TryGetValue(id, out var now) && previous.TryGetValue(id, out var earlier) && earlier.Inputs == now)
            {
                return (Id: id, Result: earlier);
            }

            var found = new DiagnosticBag();
            foreach (var lint in DocumentLints)
            {
                lint.Check(graph, parsed.Document, found);
            }

            return (Id: id, Result: new RememberedLints(inputs.TryGetValue(id, out var key) ? key : null, found.Sorted()));
        }).ToDictionary(x => x.Id, x => x.Result, StringComparer.Ordinal);

        foreach (var diagnostic in checkedNow.Values.SelectMany(r => r.Diagnostics))
        {
            sink.Report(diagnostic);
        }

        memory.Lints = checkedNow;
    }
}
