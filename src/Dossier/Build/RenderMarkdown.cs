using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Site;
using Markdig;

namespace Dossier.Build;

/// <summary>
/// Renders every body to HTML with what linking resolved in it: wiki links get addresses relative to the page the
/// body is shown on, cites the numbers footnote numbering gave them. The parsed trees are only read, so bodies render
/// in parallel and a parse kept from an earlier build renders as a fresh one would.
/// </summary>
public static class RenderMarkdown
{
    /// <summary>Renders the bodies of <paramref name="documents"/> only (the others' are unchanged since the last build).</summary>
    public static Dictionary<string, string> Run(ContentGraph graph, MarkdownPipeline pipeline, IEnumerable<ParsedDocument> documents)
    {
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        // One renderer per worker thread, reused for every body that thread renders.
        Parallel.ForEach(documents, () => new BodyRenderer(pipeline), (parsed, _, renderer) =>
        {
            var id = parsed.Document.Id;
            var html = renderer.RenderBody(parsed.Markdown, graph.ResolvedOf(id), SitePaths.Of(parsed.Document));
            lock (bodies)
            {
                bodies[id] = html;
            }

            return renderer;
        }, _ => { });
        return bodies;
    }
}
