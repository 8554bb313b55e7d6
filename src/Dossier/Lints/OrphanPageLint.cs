using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>
/// DOS104: a document that nothing links to or names (only its collection's index reaches it), in the collections
/// whose documents are meant to be reached from the text (countries, agreements, declared collections).
/// </summary>
public sealed class OrphanPageLint : ILint
{
    public void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        foreach (var collection in graph.Collections.All)
        {
            foreach (var document in graph.ListOf(collection))
            {
                if (collection.OrphanHint(document.Id) is { } hint && !graph.MentionedBy.ContainsKey(document.Id))
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.OrphanPage, Severity.Warning, new SourceSpan(document.Source.Path, 1, 1),
                        $"nothing links to the {collection.Singular} `{document.Id}`", hint));
                }
            }
        }
    }
}
