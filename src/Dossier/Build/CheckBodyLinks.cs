using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Build;

/// <summary>Refuses link and image targets a reader's browser should never be sent to (<c>javascript:</c>, <c>data:</c>, <c>//host</c>).</summary>
public static class CheckBodyLinks
{
    public static void Run(IReadOnlyList<ParsedDocument> documents, IDiagnosticSink sink)
    {
        foreach (var parsed in documents)
        {
            foreach (var inline in parsed.Markdown.Descendants<Inline>())
            {
                var (url, length) = inline switch
                {
                    LinkInline link => (link.Url, link.Span.Length),
                    AutolinkInline auto => (auto.Url, auto.Span.Length),
                    _ => (null, 0),
                };
                if (url is not null && UrlSafety.Problem(url) is { } problem)
                {
                    var source = parsed.Document.Source;
                    sink.Report(new Diagnostic(DiagnosticCodes.UnsafeUrl, Severity.Error,
                        new Diagnostics.SourceSpan(source.Path, source.LineOf(inline.Line), inline.Column + 1, length),
                        $"the link to `{url}` is refused: {problem}",
                        "link to an http(s) address or to another page of the dossier with [[id]]"));
                }
            }
        }
    }
}
