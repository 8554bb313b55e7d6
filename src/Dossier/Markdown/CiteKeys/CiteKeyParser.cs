using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// Parses <c>[@id]</c>, <c>[@id, locator]</c> and <c>[@a; @b, locator]</c>. Anything else that starts
/// with <c>[</c> is left to the other parsers (links, footnotes, wiki links).
/// </summary>
public sealed class CiteKeyParser : InlineParser
{
    /// <summary>Longest cite we look at; a longer bracket is ordinary text, which bounds the work per '['.</summary>
    private const int MaxLength = 2000;

    public CiteKeyParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '@')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = -1;
        for (var i = start + 1; i <= slice.End && i - start < MaxLength; i++)
        {
            var c = text[i];
            if (c == ']')
            {
                end = i;
                break;
            }

            if (c is '[' or '\n' or '\r')
            {
                return false;
            }
        }

        if (end < 0)
        {
            return false;
        }

        var keys = ParseKeys(text, start + 1, end);
        if (keys is null)
        {
            return false;
        }

        var raw = text.Substring(start, end - start + 1);
        var inline = new CiteKeyInline(keys, raw)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), end),
            Line = line,
            Column = column,
        };
        processor.Inline = inline;
        slice.Start = end + 1;
        return true;
    }

    /// <summary>Splits <c>@a, p. 1; @b</c> into keys; null when the text is not a cite at all.</summary>
    internal static List<CiteKey>? ParseKeys(string text, int from, int to)
    {
        var keys = new List<CiteKey>();
        var partStart = from;
        while (partStart <= to)
        {
            var partEnd = text.IndexOf(';', partStart, to - partStart);
            if (partEnd < 0)
            {
                partEnd = to;
            }

            var at = partStart;
            while (at < partEnd && text[at] == ' ')
            {
                at++;
            }

            if (at >= partEnd || text[at] != '@')
            {
                return null;
            }

            var idStart = at + 1;
            var idEnd = idStart;
            while (idEnd < partEnd && text[idEnd] is not (',' or ' '))
            {
                idEnd++;
            }

            if (idEnd == idStart)
            {
                return null;
            }

            var rest = text[idEnd..partEnd].Trim();
            if (rest.Length > 0 && rest[0] != ',')
            {
                return null;
            }

            var locator = rest.TrimStart(',').Trim();
            keys.Add(new CiteKey(text[idStart..idEnd], locator.Length == 0 ? null : locator, at - (from - 1)));
            partStart = partEnd + 1;
        }

        return keys.Count == 0 ? null : keys;
    }
}
