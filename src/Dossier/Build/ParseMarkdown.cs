using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.RawHtml;
using Dossier.Markdown.WikiLinks;
using Markdig;
using Markdig.Syntax;

namespace Dossier.Build;

/// <summary>Parses a body with the dossier's Markdown pipeline and collects its cites and wiki links (part of <see cref="ParseSources"/>).</summary>
public static class ParseMarkdown
{
    public static ParsedDocument Parse(ContentDocument document, MarkdownPipeline pipeline, IReadOnlySet<string> allowedHtml, IDiagnosticSink sink)
    {
        MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(document.Source.Body, pipeline);
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
        foreach (var node in markdown.Descendants())
        {
            if (node is CiteKeyInline cite)
            {
                cites.Add(cite);
            }
            else if (node is WikiLinkInline link)
            {
                wikiLinks.Add(link);
            }
        }

        return new ParsedDocument(document, markdown, cites, wikiLinks);
    }
}
