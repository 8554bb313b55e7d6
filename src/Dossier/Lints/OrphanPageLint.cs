using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>DOS104: a country or agreement that no document links to or lists (only the index pages reach it).</summary>
public sealed class OrphanPageLint : ILint
{
    public void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        foreach (var document in graph.Countries.Cast<ContentDocument>().Concat(graph.Agreements))
        {
            var linked = graph.MentionedBy.ContainsKey(document.Id)
                || (document is Country && graph.AgreementsOfCountry.ContainsKey(document.Id));
            if (!linked)
            {
                var what = document is Country ? "country" : "agreement";
                sink.Report(new Diagnostic(DiagnosticCodes.OrphanPage, Severity.Warning, new SourceSpan(document.Source.Path, 1, 1),
                    $"nothing links to the {what} `{document.Id}`",
                    $"link it from an article with [[{document.Id}]], or list it in an article's `{(document is Country ? "countries" : "agreements")}`"));
            }
        }
    }
}
