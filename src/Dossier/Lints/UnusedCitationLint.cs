using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>DOS101: a source that no footnote cites and no front-matter field (an agreement's `citations`) lists.</summary>
public sealed class UnusedCitationLint : ILint
{
    public void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        foreach (var citation in graph.Citations)
        {
            if (!graph.UsesOfCitation.ContainsKey(citation.Id) && !graph.ReferencedBy.ContainsKey(citation.Id))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.UnusedCitation, Severity.Warning, new SourceSpan(citation.Source.Path, 1, 1),
                    $"no document cites `{citation.Id}`",
                    $"cite it with [@{citation.Id}] where it supports a claim, list it in an agreement's `citations`, or delete the file"));
            }
        }
    }
}
