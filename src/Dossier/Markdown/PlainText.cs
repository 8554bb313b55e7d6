using System.Text;
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
        var builder = new StringBuilder();
        Append(builder, inlines, resolved);
        return builder.ToString();
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

    /// <inheritdoc cref="Squeeze(string)"/>
    public static string Squeeze(StringBuilder text)
    {
        var state = default(Squeezing);
        foreach (var chunk in text.GetChunks())
        {
            state.Count(chunk.Span);
        }

        return string.Create(state.Length, text, static (span, text) =>
        {
            var writing = default(Squeezing);
            foreach (var chunk in text.GetChunks())
            {
                writing.Write(chunk.Span, span);
            }
        });
    }

    /// <summary>The squeezed text of every leaf block (<see cref="Of(MarkdownDocument, ResolvedBody)"/>), without the unsqueezed string.</summary>
    public static string SqueezedOf(MarkdownDocument document, ResolvedBody resolved)
    {
        var builder = new StringBuilder();
        AppendLeaves(builder, document, resolved);
        return Squeeze(builder);
    }

    /// <summary>The squeezed text of some inlines (<see cref="Of(ContainerInline?, ResolvedBody)"/>), without the unsqueezed string.</summary>
    public static string SqueezedOf(ContainerInline? inlines, ResolvedBody resolved)
    {
        var builder = new StringBuilder();
        Append(builder, inlines, resolved);
        return Squeeze(builder);
    }

    /// <summary>Every leaf block's text (paragraphs, headings, list items, table cells), separated by spaces.</summary>
    public static string Of(MarkdownDocument document, ResolvedBody resolved)
    {
        var builder = new StringBuilder();
        AppendLeaves(builder, document, resolved);
        return builder.ToString();
    }

    private static void AppendLeaves(StringBuilder builder, MarkdownDocument document, ResolvedBody resolved)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not null)
            {
                Append(builder, leaf.Inline, resolved);
            }
            else if (leaf is CodeBlock code)
            {
                builder.Append(code.Lines.ToString());
            }

            builder.Append(' ');
        }
    }

    /// <summary>Every inline below <paramref name="inlines"/>, depth first (a walk of the tree, not an iterator per container).</summary>
    public static void Append(StringBuilder builder, ContainerInline? inlines, ResolvedBody resolved)
    {
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case WikiLinkInline link:
                    builder.Append(resolved.TextOf(link));
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
            }

            if (inline is ContainerInline container)
            {
                Append(builder, container, resolved);
            }
        }
    }
}
