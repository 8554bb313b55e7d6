using Markdig.Helpers;
using Markdig.Parsers;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// Parses <c>[@id]</c>, <c>[@id, locator]</c>, <c>[@id, locator, quote="…"]</c> and <c>[@a; @b, locator]</c>
/// (reading them is <see cref="CiteText"/>'s job). Anything else that starts
/// with <c>[</c> is left to the other parsers (links, footnotes, wiki links).
/// </summary>
public sealed class CiteKeyParser : InlineParser
{
    /// <summary>Longest cite we look at (quotes included); a longer bracket is ordinary text, which bounds the work per '['.</summary>
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
        var (end, unclosed) = CiteText.FindEnd(text, start, slice.End, MaxLength);
        if (end < 0 || CiteText.ParseKeys(text, start, end) is not var (keys, problem))
        {
            return false;
        }

        var raw = text.Substring(start, end - start + 1);
        var inline = new CiteKeyInline(keys, raw)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), end),
            Line = line,
            Column = column,
            Problem = unclosed ?? problem,
        };
        processor.Inline = inline;
        slice.Start = end + 1;
        return true;
    }
}
