using Dossier.Diagnostics;
using Dossier.Graph;

namespace Dossier.Lints;

/// <summary>
/// DOS105: a source recorded <c>url_status: usurped</c> or <c>unfit</c> with no <c>archive_url</c>. Its address is never
/// linked, so without an archived copy readers get no link to it at all.
/// </summary>
public sealed class UnlinkedSourceLint : ILint
{
    public void Run(ContentGraph graph, IDiagnosticSink sink)
    {
        foreach (var citation in graph.Citations.Where(c => c.UrlUnlinkable && c.ArchiveUrl is null))
        {
            var status = citation.UrlStatus == Content.UrlStatus.Usurped ? "usurped" : "unfit";
            sink.Report(new Diagnostic(DiagnosticCodes.UnlinkedSource, Severity.Warning, citation.Source.SpanOf("url_status"),
                $"`{citation.Id}` is `url_status: {status}`, so its address is never linked, and it has no `archive_url`: readers get no link to the source at all",
                "add `archive_url:` with an archived copy of the page (e.g. from https://web.archive.org/), or run `dossier links --write` to look one up"));
        }
    }
}
