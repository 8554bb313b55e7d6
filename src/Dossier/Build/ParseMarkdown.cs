using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.FrontMatter;
using Dossier.Markdown.RawHtml;
using Dossier.Markdown.WikiLinks;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Build;

/// <summary>Parses a body with the dossier's Markdown pipeline and collects its cites and wiki links (part of <see cref="ParseSources"/>).</summary>
public static class ParseMarkdown
{
    public static ParsedDocument Parse(ContentDocument document, MarkdownPipeline pipeline, IReadOnlySet<string> allowedHtml, IDiagnosticSink sink)
    {
        MarkdownDocument markdown;
        try
        {
            // The whole file, told where its body starts: a copy of the body alone would be most of the file again.
            markdown = Markdig.Markdown.Parse(document.Source.Text, pipeline, new BodyStart(document.Source.BodyStartLine - 1));
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig bounds its recursion and throws rather than overflow the stack on input built to be slow.
            sink.Report(new Diagnostic(DiagnosticCodes.MarkdownLimit, Severity.Error,
                new Diagnostics.SourceSpan(document.Source.Path, document.Source.BodyStartLine, 1),
                "the Markdown is nested too deeply to render (quotes, lists, brackets or emphasis inside each other thousands of times)",
                "no real text nests like this; look for a run of `>`, `[` or `*` characters"));
            markdown = new MarkdownDocument();
        }

        RawHtmlSanitiser.Apply(markdown, allowedHtml);
        // One walk picks out both, in reading order, without a list of every node of the tree.
        var cites = new List<CiteKeyInline>();
        var wikiLinks = new List<WikiLinkInline>();
        Collect(markdown, cites, wikiLinks);
        return new ParsedDocument(document, markdown, cites, wikiLinks);
    }

    /// <summary>The cites and wiki links below <paramref name="container"/> in reading order (Descendants()' order), by recursion rather than its stacks and iterator.</summary>
    private static void Collect(ContainerBlock container, List<CiteKeyInline> cites, List<WikiLinkInline> wikiLinks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is LeafBlock { Inline: { } inlines })
            {
                Collect(inlines, cites, wikiLinks);
            }
            else if (container[i] is ContainerBlock inner)
            {
                Collect(inner, cites, wikiLinks);
            }
        }
    }

    private static void Collect(ContainerInline container, List<CiteKeyInline> cites, List<WikiLinkInline> wikiLinks)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case CiteKeyInline cite:
                    cites.Add(cite);
                    break;
                case WikiLinkInline link:
                    wikiLinks.Add(link);
                    break;
                case ContainerInline inner:
                    Collect(inner, cites, wikiLinks);
                    break;
            }
        }
    }
}
