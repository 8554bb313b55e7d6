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
    public static Dictionary<string, string> Run(ContentGraph graph, MarkdownPipeline pipeline, IEnumerable<ParsedDocument> documents) =>
        documents
            .AsParallel()
            .Select(p => (p.Document.Id, Html: Render(p, graph, pipeline)))
            .ToDictionary(x => x.Id, x => x.Html, StringComparer.Ordinal);

    private static string Render(ParsedDocument parsed, ContentGraph graph, MarkdownPipeline pipeline)
    {
        using var writer = new StringWriter();
        var renderer = new BodyRenderer(writer, graph.ResolvedOf(parsed.Document.Id), SitePaths.Of(parsed.Document));
        pipeline.Setup(renderer);
        renderer.Render(parsed.Markdown);
        writer.Flush();
        return writer.ToString();
    }
}
