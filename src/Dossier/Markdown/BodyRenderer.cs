using Dossier.Site;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Dossier.Markdown;

/// <summary>
/// Renders bodies for the pages they are shown on, with what linking resolved in each: the cite and wiki-link renderers
/// read note numbers and targets from here, never from the nodes. Set up for the pipeline once and reused body after
/// body by one thread (as Markdig pools its own renderers): thousands of bodies need not each set up a renderer.
/// </summary>
public sealed class BodyRenderer : HtmlRenderer
{
    private string _page = "";

    public BodyRenderer(MarkdownPipeline pipeline)
        : base(new StringWriter())
    {
        pipeline.Setup(this);
    }

    /// <summary>What linking resolved in the body being rendered.</summary>
    public ResolvedBody Resolved { get; private set; } = ResolvedBody.None;

    /// <summary>A link from the page the body is rendered on to a site path.</summary>
    public string HrefTo(string path) => SitePaths.Relative(_page, path);

    /// <summary>One body as HTML, for the page at <paramref name="page"/>.</summary>
    public string RenderBody(MarkdownDocument body, ResolvedBody resolved, string page)
    {
        Reset();
        (Resolved, _page) = (resolved, page);
        Render(body);
        Writer.Flush();
        return Writer.ToString()!;
    }
}
