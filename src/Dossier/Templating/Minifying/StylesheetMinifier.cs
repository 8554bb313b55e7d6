using System.Text;

namespace Dossier.Templating.Minifying;

/// <summary>
/// Removes comments (except <c>/*! … */</c>, kept for licences) and the whitespace no CSS parser needs: runs of it
/// become one space, and none is kept next to <c>{ } ; ,</c>, after <c>: (</c>, before <c>)</c> or around <c>&gt;</c>.
/// Space before <c>:</c> is kept (<c>a :hover</c> is not <c>a:hover</c>), and so is space around <c>+ -</c>, which
/// <c>calc()</c> needs. A number's leading zero goes (<c>0.5em</c> is <c>.5em</c>). Strings and unquoted <c>url(…)</c> are copied as written.
/// </summary>
public static class StylesheetMinifier
{
    private const string NoSpaceAfter = "{};,:(>";
    private const string NoSpaceBefore = "{};,)>";

    /// <summary>The stylesheet made smaller, or null when it ends inside a comment, a string or a <c>url(</c>.</summary>
    public static string? Minify(string css)
    {
        var output = new StringBuilder(css.Length);
        var space = false;
        var i = 0;
        while (i < css.Length)
        {
            var c = css[i];
            if (c == '/' && At(css, i + 1, '*'))
            {
                var end = css.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    return null;
                }

                if (At(css, i + 2, '!'))
                {
                    Emit(output, ref space, css[i..(end + 2)]);
                }
                else
                {
                    // A comment separates tokens as whitespace does.
                    space = true;
                }

                i = end + 2;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
            }
            else if (c is '"' or '\'')
            {
                var end = StringEnd(css, i);
                if (end < 0)
                {
                    return null;
                }

                Emit(output, ref space, css[i..end]);
                i = end;
            }
            else if (IsUrlStart(css, i))
            {
                var end = css.IndexOf(')', i);
                if (end < 0)
                {
                    return null;
                }

                Emit(output, ref space, css[i..(end + 1)]);
                i = end + 1;
            }
            else
            {
                while (c == '}' && output.Length > 0 && output[^1] == ';')
                {
                    // The last declaration of a block needs no semicolon.
                    output.Length--;
                }

                if (NoSpaceBefore.Contains(c))
                {
                    space = false;
                }

                if (c == '0' && At(css, i + 1, '.') && i + 2 < css.Length && char.IsAsciiDigit(css[i + 2])
                    && (space || (output.Length > 0 && output[^1] is ':' or ',' or '(')))
                {
                    // A number's leading zero (0.5 is .5), only where a number starts: never inside a name such as .h0.5.
                    i++;
                    continue;
                }

                Emit(output, ref space, c.ToString());
                i++;
            }
        }

        return output.ToString();
    }

    private static void Emit(StringBuilder output, ref bool space, string text)
    {
        if (space && output.Length > 0 && !NoSpaceAfter.Contains(output[^1]))
        {
            output.Append(' ');
        }

        space = false;
        output.Append(text);
    }

    /// <summary>The index after a quoted string's closing quote, or -1 when it has none (a raw line break ends it badly).</summary>
    private static int StringEnd(string css, int start)
    {
        var quote = css[start];
        for (var i = start + 1; i < css.Length; i++)
        {
            switch (css[i])
            {
                case '\\':
                    // An escaped line break may be CR LF.
                    i += i + 2 < css.Length && css[i + 1] == '\r' && css[i + 2] == '\n' ? 2 : 1;
                    break;
                case '\n' or '\r' or '\f':
                    return -1;
                default:
                    if (css[i] == quote)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return -1;
    }

    /// <summary><c>url(</c> followed by anything but a quote: CSS reads it to <c>)</c> as one token, comments and all.</summary>
    private static bool IsUrlStart(string css, int i)
    {
        if (!string.Compare(css, i, "url(", 0, 4, StringComparison.OrdinalIgnoreCase).Equals(0)
            || (i > 0 && (char.IsLetterOrDigit(css[i - 1]) || css[i - 1] is '-' or '_')))
        {
            return false;
        }

        var next = i + 4;
        while (next < css.Length && char.IsWhiteSpace(css[next]))
        {
            next++;
        }

        return next < css.Length && css[next] is not ('"' or '\'');
    }

    private static bool At(string text, int index, char c) => index < text.Length && text[index] == c;
}
