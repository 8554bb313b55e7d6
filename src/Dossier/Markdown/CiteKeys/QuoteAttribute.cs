using System.Text;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// The <c>quote="…"</c> of one source in a cite. The value is in straight double quotes, with <c>\"</c> for a
/// quotation mark inside and <c>\\</c> for a backslash, or in typographic quotes as editors' keyboards type them
/// (<c>“…”</c>, <c>«…»</c>, <c>„…“</c>), inside which straight quotes need no escape. Line breaks and runs of spaces
/// become one space, as the checker compares text.
/// </summary>
public static class QuoteAttribute
{
    public const string Name = "quote=";

    private const string Hint = "write quote=\"the source's exact words\", with \\\" for a quotation mark inside them";

    /// <summary>The closing mark for an opening one, or null when <paramref name="open"/> does not open a quote.</summary>
    public static char? CloserOf(char open) => open switch
    {
        '"' => '"',
        '“' => '”',
        '«' => '»',
        '„' => '“',
        _ => null,
    };

    /// <summary>Writes a quote so that it reads back as itself.</summary>
    public static string Write(string quote) => Name + "\"" + quote.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Index just after the value that starts at <paramref name="at"/> (the opening mark), or <paramref name="to"/>
    /// when it is not closed before it; escapes are skipped, so an escaped mark does not close the value.
    /// </summary>
    public static int EndOfValue(string text, int at, int to)
    {
        var closer = CloserOf(text[at]);
        for (var i = at + 1; i < to; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == closer)
            {
                return i + 1;
            }
        }

        return to;
    }

    /// <summary>True when an attribute with a quoted value starts at <paramref name="at"/>, just after a comma (and spaces).</summary>
    public static bool StartsAt(string text, int at, int to)
    {
        if (at + Name.Length >= to || string.CompareOrdinal(text, at, Name, 0, Name.Length) != 0 || CloserOf(text[at + Name.Length]) is null)
        {
            return false;
        }

        var before = at - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        return before >= 0 && text[before] == ',';
    }

    /// <summary>
    /// Reads the attribute in <c>text[from..to)</c>, which starts (after spaces) with <c>quote=</c>. Offsets in a
    /// problem are from <paramref name="origin"/>, the cite's <c>[</c>.
    /// </summary>
    public static (string? Quote, CiteProblem? Problem) Read(string text, int from, int to, int origin, string id)
    {
        var at = from;
        while (at < to && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        var open = at + Name.Length;
        if (open >= to || char.IsWhiteSpace(text[open]))
        {
            return (null, new($"the quote of `@{id}` is empty", Hint, at - origin, Name.Length));
        }

        if (CloserOf(text[open]) is not { } closer)
        {
            var what = text[open] is '\'' or '‘' ? "is in single quotes" : "is not in quotation marks";
            return (null, new($"the quote of `@{id}` {what}", Hint, open - origin, 1));
        }

        var value = new StringBuilder();
        var i = open + 1;
        for (; i < to && text[i] != closer; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < to && (char.IsPunctuation(text[i + 1]) || char.IsSymbol(text[i + 1])))
            {
                c = text[++i];
            }

            value.Append(c);
        }

        if (i >= to)
        {
            return (null, new($"the quote of `@{id}` is not closed: `{text[open]}` has no matching `{closer}`", Hint, open - origin, 1));
        }

        for (var after = i + 1; after < to; after++)
        {
            if (!char.IsWhiteSpace(text[after]))
            {
                return (null, new($"text after the quote of `@{id}`", "a quotation mark inside the quote is written \\\"; a locator goes before the quote: [@id, p. 12, quote=\"…\"]", after - origin, to - after));
            }
        }

        var quote = Collapse(value.ToString());
        return quote.Length == 0
            ? (null, new($"the quote of `@{id}` is empty", Hint, at - origin, i + 1 - at))
            : (quote, null);
    }

    /// <summary>Runs of white space (line breaks of a wrapped cite too) as one space, none at either end.</summary>
    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
