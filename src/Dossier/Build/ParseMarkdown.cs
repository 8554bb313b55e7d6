using Dossier.Content;
using Dossier.Graph;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Markdig;
using Markdig.Syntax;

namespace Dossier.Build;

/// <summary>Stage 5: parses every body with the dossier's Markdown pipeline and collects its cites and wiki links.</summary>
public static class ParseMarkdown
{
    public static IReadOnlyList<ParsedDocument> Run(IReadOnlyList<ContentDocument> documents, MarkdownPipeline pipeline) =>
        documents
            .AsParallel()
            .AsOrdered()
            .Select(document => Parse(document, pipeline))
            .ToList();

    public static ParsedDocument Parse(ContentDocument document, MarkdownPipeline pipeline)
    {
        var markdown = Markdig.Markdown.Parse(document.Source.Body, pipeline);
        var inlines = markdown.Descendants().ToList();
        return new ParsedDocument(
            document,
            markdown,
            inlines.OfType<CiteKeyInline>().ToList(),
            inlines.OfType<WikiLinkInline>().ToList());
    }
}
