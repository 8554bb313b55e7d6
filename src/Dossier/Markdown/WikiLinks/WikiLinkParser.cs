using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Markdown.WikiLinks;

/// <summary>Parses <c>[[id]]</c> and <c>[[id|shown text]]</c> on one line.</summary>
public sealed class WikiLinkParser : InlineParser
{
    /// <summary>Longest link we look at; bounds the work per '[' on hostile input.</summary>
    private const int MaxLength = 500;

    public WikiLinkParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '[')
        {
            return false;
        }

        var close = -1;
        for (var i = start + 2; i < slice.End && i - start < MaxLength; i++)
        {
            var c = text[i];
            if (c == ']' && text[i + 1] == ']')
            {
                close = i;
                break;
            }

            if (c is '[' or ']' or '\n' or '\r')
            {
                return false;
            }
        }

        if (close < 0)
        {
            return false;
        }

        var inner = text[(start + 2)..close];
        var bar = inner.IndexOf('|', StringComparison.Ordinal);
        var target = (bar < 0 ? inner : inner[..bar]).Trim();
        var label = bar < 0 ? null : inner[(bar + 1)..].Trim();
        if (target.Length == 0 || label is { Length: 0 })
        {
            return false;
        }

        processor.Inline = new WikiLinkInline(target, label, text[start..(close + 2)])
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), close + 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}
