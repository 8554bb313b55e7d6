using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Markdown;

/// <summary>
/// The text a reader reads, taken from the parsed Markdown rather than from rendered HTML: wiki links
/// count as the words shown, footnote markers not at all.
/// </summary>
public static class PlainText
{
    /// <param name="resolved">What linking resolved in the body: a wiki link counts as its target's title.</param>
    public static string Of(ContainerInline? inlines, ResolvedBody resolved)
    {
        using var text = new PlainTextBuffer(squeeze: false);
        Append(text, inlines, resolved);
        return text.ToString();
    }

    /// <summary>
    /// Runs of white space become one space, none at either end: what splitting into words and joining them
    /// with spaces gives, without a string per word (a body has thousands).
    /// </summary>
    public static string Squeeze(string text)
    {
        var state = default(Squeezing);
        state.Count(text);
        return string.Create(state.Length, text, static (span, text) => default(Squeezing).Write(text, span));
    }

    /// <summary>The squeezed text of every leaf block (<see cref="Of(MarkdownDocument, ResolvedBody)"/>), without the unsqueezed string.</summary>
    public static string SqueezedOf(MarkdownDocument document, ResolvedBody resolved)
    {
        using var text = new PlainTextBuffer(squeeze: true);
        AppendLeaves(text, document, resolved);
        return text.ToString();
    }

    /// <summary>The squeezed text of some inlines (<see cref="Of(ContainerInline?, ResolvedBody)"/>), without the unsqueezed string.</summary>
    public static string SqueezedOf(ContainerInline? inlines, ResolvedBody resolved)
    {
        using var text = new PlainTextBuffer(squeeze: true);
        Append(text, inlines, resolved);
        return text.ToString();
    }

    /// <summary>Every leaf block's text (paragraphs, headings, list items, table cells), separated by spaces.</summary>
    public static string Of(MarkdownDocument document, ResolvedBody resolved)
    {
        using var text = new PlainTextBuffer(squeeze: false);
        AppendLeaves(text, document, resolved);
        return text.ToString();
    }

    /// <summary>Every leaf block below <paramref name="container"/> in document order (a recursive walk: Descendants() allocates a stack and an iterator).</summary>
    public static void AppendLeaves(PlainTextBuffer text, ContainerBlock container, ResolvedBody resolved)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case LeafBlock { Inline: { } inlines }:
                    Append(text, inlines, resolved);
                    text.Append(' ');
                    break;
                case CodeBlock code:
                    text.Append(code.Lines.ToString());
                    text.Append(' ');
                    break;
                case LeafBlock:
                    text.Append(' ');
                    break;
                case ContainerBlock inner:
                    AppendLeaves(text, inner, resolved);
                    break;
            }
        }
    }

    /// <summary>Every inline below <paramref name="inlines"/>, depth first (a walk of the tree, not an iterator per container).</summary>
    public static void Append(PlainTextBuffer text, ContainerInline? inlines, ResolvedBody resolved)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case WikiLinkInline link:
                    text.Append(resolved.TextOf(link));
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
            }

            if (inline is ContainerInline container)
            {
                Append(text, container, resolved);
            }
        }
    }
}
