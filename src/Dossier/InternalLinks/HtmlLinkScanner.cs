using System.Net;

namespace Dossier.InternalLinks;

/// <summary>
/// Reads the ids and the <c>href</c>/<c>src</c> targets of a page Dossier rendered itself, in one forward
/// pass over the text instead of a DOM: parsing every page into a DOM cost a third of a 1,000-article
/// build. Comments and the contents of scripts and styles are skipped (their own tags' attributes count);
/// attribute values are entity-decoded. A test keeps it in agreement with AngleSharp on every page of the
/// bundled dossier.
/// </summary>
public static class HtmlLinkScanner
{
    /// <returns>The ids, and each distinct link once, in the order of first appearance.</returns>
    public static (HashSet<string> Ids, List<string> Links) Scan(ReadOnlySpan<char> html) => Scan(html, new SharedLinkText());

    /// <inheritdoc cref="Scan(ReadOnlySpan{char})"/>
    public static (HashSet<string> Ids, List<string> Links) Scan(ReadOnlySpan<char> html, SharedLinkText shared)
    {
        var links = new PageLinkTexts(shared);
        return (Scan(html, links), links.InOrder);
    }

    /// <summary>The ids of the page; its links are put in <paramref name="links"/>, which must be empty.</summary>
    internal static HashSet<string> Scan(ReadOnlySpan<char> html, PageLinkTexts links)
    {
        // Sized from a quick count of the attribute's usual opening rather than grown: growing the sets was a quarter
        // of what scanning allocated. The count is an estimate (an id may be written otherwise).
        var ids = new HashSet<string>(html.Count(" id=\""), StringComparer.Ordinal);
        var i = 0;
        while ((i = IndexOf(html, '<', i)) >= 0)
        {
            if (html[i..].StartsWith("<!--"))
            {
                var end = IndexOf(html, "-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                i++;
                continue;
            }

            var nameEnd = i + 1;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
            {
                nameEnd++;
            }

            var name = html.Slice(i + 1, nameEnd - i - 1);
            i = ReadAttributes(html, nameEnd, ids, links);
            var isScript = name.Equals("script", StringComparison.OrdinalIgnoreCase);
            if (isScript || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = IndexOf(html, isScript ? "</script" : "</style", i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return ids;
    }

    /// <summary>Reads a tag's attributes from <paramref name="i"/>; returns the index after its closing <c>&gt;</c>.</summary>
    private static int ReadAttributes(ReadOnlySpan<char> html, int i, HashSet<string> ids, PageLinkTexts links)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                return i + 1;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/'))
            {
                i++;
            }

            var name = html.Slice(nameStart, i - nameStart);
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                continue;
            }

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            int valueStart, valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                var quote = html[i];
                valueStart = i + 1;
                valueEnd = IndexOf(html, quote, valueStart);
                valueEnd = valueEnd < 0 ? html.Length : valueEnd;
                i = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            var isId = name.Equals("id", StringComparison.OrdinalIgnoreCase);
            if (isId || name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase))
            {
                var raw = html[valueStart..valueEnd];
                var value = raw.Contains('&') ? links.Shared.Text(WebUtility.HtmlDecode(raw.ToString())) : links.Shared.Text(raw);
                if (isId)
                {
                    ids.Add(value);
                }
                else
                {
                    links.Add(value);
                }
            }
        }

        return i;
    }

    private static int IndexOf(ReadOnlySpan<char> text, char value, int start)
    {
        var found = text[start..].IndexOf(value);
        return found < 0 ? -1 : start + found;
    }

    private static int IndexOf(ReadOnlySpan<char> text, string value, int start, StringComparison comparison)
    {
        var found = text[start..].IndexOf(value, comparison);
        return found < 0 ? -1 : start + found;
    }
}
