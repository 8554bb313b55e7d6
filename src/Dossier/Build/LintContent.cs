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
        foreach (var lint in Lints)
        {
            lint.Run(graph, sink);
        }
    }
}
