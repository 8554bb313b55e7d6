using Dossier.Content;
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
        new UnlinkedSourceLint(),
    ];

    private static readonly IDocumentLint[] DocumentLints =
    [
        new RepeatedParagraphLint(),
    ];

    /// <summary>The lints that read the whole dossier (every front matter, relation and note), side by side.</summary>
    public static void Dossier(ContentGraph graph, IDiagnosticSink sink)
    {
        // Lints only read the graph and the bag is thread-safe, so they run side by side.
        var found = new DiagnosticBag();
        Parallel.ForEach(Lints, lint => lint.Run(graph, found));
        foreach (var diagnostic in found.Sorted())
        {
            sink.Report(diagnostic);
        }
    }

    /// <summary>The lints that read one document (and what its page shows).</summary>
    public static void Document(ContentGraph graph, ContentDocument document, IDiagnosticSink sink)
    {
        foreach (var lint in DocumentLints)
        {
            lint.Check(graph, document, sink);
        }
    }
}
