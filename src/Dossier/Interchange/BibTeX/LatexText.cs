using System.Text;

namespace Dossier.Interchange.BibTeX;

/// <summary>
/// Turns the LaTeX of a BibTeX value into plain Unicode text and back: accents (<c>\"{o}</c>, <c>\'e</c>,
/// <c>{\"u}</c>, <c>\c{c}</c>, <c>\v s</c>), special letters (<c>\ss</c>, <c>\o</c>, <c>\i</c>), escaped
/// characters (<c>\&amp;</c>, <c>\%</c>), dashes (<c>--</c>, <c>---</c>), ties and case-protecting braces.
/// UTF-8 passes through. Formatting commands (<c>\emph{x}</c>) keep their text.
/// </summary>
public static class LatexText
{
    // Accent commands and the combining mark each stands for.
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['"'] = '\u0308', ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['~'] = '\u0303', ['='] = '\u0304', ['.'] = '\u0307',
        ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328', ['r'] = '\u030A', ['d'] = '\u0323',
        ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["i"] = "ı", ["j"] = "ȷ", ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ",
        ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł", ["textbackslash"] = "\\", ["textasciitilde"] = "~",
        ["textasciicircum"] = "^", ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["textellipsis"] = "…", ["ldots"] = "…", ["dots"] = "…", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["pounds"] = "£",
        ["euro"] = "€", ["textregistered"] = "®", ["texttrademark"] = "™", ["textdegree"] = "°",
    };

    // What Encode writes otherwise than as it is.
    private static readonly System.Buffers.SearchValues<char> Escaped = System.Buffers.SearchValues.Create("\\~^{}&%$#_-");

    /// <summary>Plain text of a LaTeX value, whitespace collapsed to single spaces.</summary>
    public static string Decode(string latex)
    {
        var text = new StringBuilder(latex.Length);
        var i = 0;
        Decode(latex, ref i, text, stopAtBrace: false);
        return Collapse(text.ToString()).Normalize(NormalizationForm.FormC);
    }

    /// <summary>LaTeX for plain text: characters LaTeX reads as commands escaped, <c>--</c> kept as two hyphens, UTF-8 as it is.</summary>
    public static string Encode(string text) => Encode(text, new StringBuilder(text.Length + 8)).ToString();

    /// <summary><see cref="Encode(string)"/> appended to <paramref name="latex"/> (a writer's own builder: no string per field).</summary>
    public static StringBuilder Encode(string text, StringBuilder latex)
    {
        var start = latex.Length;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var plain = rest.IndexOfAny(Escaped);
            if (plain < 0)
            {
                return latex.Append(rest);
            }

            latex.Append(rest[..plain]);
            var c = rest[plain];
            _ = c switch
            {
                '\\' => latex.Append("\\textbackslash{}"),
                '~' => latex.Append("\\textasciitilde{}"),
                '^' => latex.Append("\\textasciicircum{}"),
                // Two hyphens read as a dash: a brace group between keeps them hyphens.
                '-' when latex.Length > start && latex[^1] == '-' => latex.Append("{}-"),
                '-' => latex.Append(c),
                _ => latex.Append('\\').Append(c),
            };
            rest = rest[(plain + 1)..];
        }

        return latex;
    }

    private static void Decode(string s, ref int i, StringBuilder text, bool stopAtBrace)
    {
        while (i < s.Length)
        {
            var c = s[i];
            switch (c)
            {
                case '}' when stopAtBrace:
                    i++;
                    return;
                case '{':
                    i++;
                    Decode(s, ref i, text, stopAtBrace: true);
                    break;
                case '}':
                    i++;
                    break;
                case '\\':
                    Command(s, ref i, text);
                    break;
                case '~':
                    text.Append(' ');
                    i++;
                    break;
                case '$':
                    i++;
                    break;
                case '-' when At(s, i, "---"):
                    text.Append('—');
                    i += 3;
                    break;
                case '-' when At(s, i, "--"):
                    text.Append('–');
                    i += 2;
                    break;
                default:
                    text.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>One command at <paramref name="i"/> (the backslash): an escape, an accent with its argument, a named letter, or formatting.</summary>
    private static void Command(string s, ref int i, StringBuilder text)
    {
        i++;
        if (i >= s.Length)
        {
            text.Append('\\');
            return;
        }

        var c = s[i];
        if (c is '&' or '%' or '$' or '#' or '_' or '{' or '}' or ' ' or ',' or '@' or '/' or '\\')
        {
            text.Append(c switch { ',' or '/' or '@' => "", '\\' => " ", ' ' => " ", _ => c.ToString() });
            i++;
            return;
        }

        if (!char.IsAsciiLetter(c))
        {
            i++;
            if (Accents.TryGetValue(c, out var symbolMark))
            {
                AccentArgument(s, ref i, text, symbolMark);
            }

            return;
        }

        var start = i;
        while (i < s.Length && char.IsAsciiLetter(s[i]))
        {
            i++;
        }

        var name = s[start..i];
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var letterMark) && !Named.ContainsKey(name))
        {
            SkipSpaces(s, ref i);
            AccentArgument(s, ref i, text, letterMark);
            return;
        }

        if (Named.TryGetValue(name, out var letter))
        {
            // A control word eats the spaces after it; "{}" after it is an empty group.
            SkipSpaces(s, ref i);
            if (At(s, i, "{}"))
            {
                i += 2;
            }

            text.Append(letter);
            return;
        }

        // Formatting (\emph, \textit, \textbf…) and anything unknown: the command goes, its argument's text stays.
        SkipSpaces(s, ref i);
    }

    /// <summary>The letter an accent applies to (<c>o</c>, <c>{o}</c>, <c>{\i}</c>, <c>\i</c>), followed by the combining mark.</summary>
    private static void AccentArgument(string s, ref int i, StringBuilder text, char mark)
    {
        var argument = new StringBuilder();
        if (i < s.Length && s[i] == '{')
        {
            i++;
            Decode(s, ref i, argument, stopAtBrace: true);
        }
        else if (i < s.Length && s[i] == '\\')
        {
            Command(s, ref i, argument);
        }
        else if (i < s.Length)
        {
            argument.Append(s[i]);
            i++;
        }

        // Dotless i and j take the accent as plain i and j do.
        var baseText = argument.ToString().Replace('ı', 'i').Replace('ȷ', 'j');
        text.Append(baseText).Append(mark);
    }

    private static void SkipSpaces(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }
    }

    private static bool At(string s, int i, string what) => string.CompareOrdinal(s, i, what, 0, what.Length) == 0;

    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) && c != '\u00A0';
            if (space)
            {
                if (collapsed.Length > 0 && collapsed[^1] != ' ')
                {
                    collapsed.Append(' ');
                }
            }
            else
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString().TrimEnd();
    }
}
