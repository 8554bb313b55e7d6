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
        new RepeatedParagraphLint(),
        new OrphanPageLint(),
    ];

    public static void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        // Lints only read the graph and the sink is thread-safe, so they run side by side.
        Parallel.ForEach(Lints, lint => lint.Run(graph, sink));
    }
}
