using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Dossier.Markdown.FrontMatter;

/// <summary>Adds <see cref="FrontMatterSkipper"/> to a Markdig pipeline.</summary>
public sealed class FrontMatterSkipping : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // First: the opening `---` would otherwise be a thematic break.
        if (!pipeline.BlockParsers.Contains<FrontMatterSkipper>())
        {
            pipeline.BlockParsers.Insert(0, new FrontMatterSkipper());
            if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
            {
                paragraphs.Closed += FrontMatterSkipper.KeepInBody;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
