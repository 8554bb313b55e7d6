using Dossier.Content;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Markdig.Syntax;

namespace Dossier.Graph;

/// <summary>A document with its parsed Markdown and the cites and wiki links found in it, in reading order.</summary>
public sealed record ParsedDocument(
    ContentDocument Document,
    MarkdownDocument Markdown,
    IReadOnlyList<CiteKeyInline> Cites,
    IReadOnlyList<WikiLinkInline> WikiLinks);
