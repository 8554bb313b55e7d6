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
    public static (HashSet<string> Ids, List<string> Links) Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
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

            var name = html.AsSpan(i + 1, nameEnd - i - 1);
            i = ReadAttributes(html, nameEnd, ids, links);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var close = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
        }

        return (ids, links);
    }

    /// <summary>Reads a tag's attributes from <paramref name="i"/>; returns the index after its closing <c>&gt;</c>.</summary>
    private static int ReadAttributes(string html, int i, HashSet<string> ids, List<string> links)
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

            var name = html.AsSpan(nameStart, i - nameStart);
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
                valueEnd = html.IndexOf(quote, valueStart);
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
                var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
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
}
