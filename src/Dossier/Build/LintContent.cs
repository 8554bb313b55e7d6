using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Lints;

namespace Dossier.Build;

/// <summary>Stage 5b: warnings about content that builds but is probably not what the editor meant.</summary>
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
    /// the per-document lints: what they reported then is reported again.
    /// </summary>
    public static void Run(ContentGraph graph, IReadOnlyDictionary<string, Fingerprint> inputs, BuildMemory memory, IDiagnosticSink sink)
    {
        // Lints only read the graph and the sink is thread-safe, so they run side by side.
        Parallel.ForEach(Lints, lint => lint.Run(graph, sink));

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
