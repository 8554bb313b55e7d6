using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace Dossier.Markdown.CiteKeys;

/// <summary>Adds <c>[@id]</c> citations to a Markdig pipeline.</summary>
public sealed class CiteKeyExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Before the link parser, which would otherwise take every '['.
        if (!pipeline.InlineParsers.Contains<CiteKeyParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CiteKeyParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlCiteKeyRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlCiteKeyRenderer());
        }
    }
}
