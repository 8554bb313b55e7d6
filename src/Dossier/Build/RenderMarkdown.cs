using Dossier.Graph;
using Dossier.Site;
using Markdig;

namespace Dossier.Build;

/// <summary>
/// Renders every body to HTML. Wiki links get addresses relative to the page the body is
/// shown on; cites were numbered by the linking stage. Runs in parallel: each document owns its tree.
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
        var page = SitePaths.Of(parsed.Document);
        foreach (var link in parsed.WikiLinks)
        {
            if (graph.Parsed.TryGetValue(link.Target, out var target) && link.TargetTitle is not null)
            {
                link.Href = SitePaths.Relative(page, SitePaths.Of(target.Document));
            }
        }

        // Markdig lends a renderer already set up for the pipeline, instead of building and setting up one per body.
        return Markdig.Markdown.ToHtml(parsed.Markdown, pipeline);
    }
}
