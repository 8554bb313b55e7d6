using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>DOS102: two citations of the same page (after normalising scheme, host, trailing slash and tracking parameters).</summary>
public sealed class DuplicateUrlLint : ILint
{
    public void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        var first = new Dictionary<string, Content.Citation>(StringComparer.Ordinal);
        // The most-cited copy counts as the original, so the hint never says to delete the one in use.
        var byUse = graph.Citations
            .OrderByDescending(c => graph.Related(graph.UsesOfCitation, c.Id).Count)
            .ThenBy(c => c.Source.Path, StringComparer.Ordinal);
        foreach (var citation in byUse)
        {
            if (citation.Url.Length == 0)
            {
                continue;
            }

            var key = UrlIdentity.Of(citation.Url);
            if (first.TryGetValue(key, out var earlier))
            {
                sink.Report(new Diagnostic(DiagnosticCodes.DuplicateUrl, Severity.Warning, citation.Source.SpanOf("url"),
                    $"`{citation.Id}` cites the same page as `{earlier.Id}` ({earlier.Source.Path})",
                    $"cite `{earlier.Id}` instead and delete this file, or correct the URL"));
            }
            else
            {
                first[key] = citation;
            }
        }
    }
}
