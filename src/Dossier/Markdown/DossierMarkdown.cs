using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.FrontMatter;
using Dossier.Markdown.WikiLinks;
using Markdig;

namespace Dossier.Markdown;

/// <summary>The <c>UseXxx()</c> entry points and the one Markdig pipeline every document is parsed with.</summary>
public static class DossierMarkdown
{
    public static MarkdownPipelineBuilder UseCiteKeys(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CiteKeyExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseWikiLinks(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<WikiLinkExtension>();
        return pipeline;
    }

    public static MarkdownPipelineBuilder UseFrontMatterSkipping(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<FrontMatterSkipping>();
        return pipeline;
    }

    /// <summary>
    /// CommonMark plus tables, <c>[^1]</c> footnotes and heading anchors. Raw HTML is off (shown as text)
    /// unless <paramref name="rawHtml"/>: then it is parsed so the sanitiser can keep the allowed tags. A whole content
    /// file parses as its body alone when given its <see cref="BodyStart"/>.
    /// </summary>
    public static MarkdownPipeline CreatePipeline(bool rawHtml = false)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseFrontMatterSkipping()
            .UseCiteKeys()
            .UseWikiLinks()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks();
        return (rawHtml ? builder : builder.DisableHtml()).Build();
    }
}
