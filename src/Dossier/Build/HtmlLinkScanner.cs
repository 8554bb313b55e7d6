using System.Net;

namespace Dossier.Build;

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
        for (var reader = new Reader(html); reader.Next();)
        {
            var value = Decoded(html, reader.Value);
            if (reader.IsId)
            {
                ids.Add(value);
            }
            else
            {
                links.Add(value);
            }
        }

        return (ids, links);
    }

    /// <summary>An attribute value as a string, entity-decoded when it has an entity.</summary>
    internal static string Decoded(string html, Range value)
    {
        var raw = html[value];
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
    }

    /// <summary>
    /// Steps through the <c>id</c>, <c>href</c> and <c>src</c> attributes of a page, each as where its raw value stands in the
    /// text: a caller that only compares values (the link check) needs no string for most of them.
    /// </summary>
    internal ref struct Reader(string html)
    {
        private readonly string _html = html;
        private int _next;

        // Inside a tag: where its attributes continue, and whether it opens a script or style element.
        private int _inTag = -1;
        private ReadOnlySpan<char> _rawTextElement;

        /// <summary>Whether the current attribute is an <c>id</c> (else <c>href</c> or <c>src</c>).</summary>
        public bool IsId { get; private set; }

        /// <summary>Where the current attribute's raw (not yet entity-decoded) value stands.</summary>
        public Range Value { get; private set; }

        public bool Next()
        {
            var html = _html;
            while (true)
            {
                if (_inTag >= 0)
                {
                    if (NextAttribute())
                    {
                        return true;
                    }

                    if (_rawTextElement.Length > 0)
                    {
                        var close = html.IndexOf("</" + _rawTextElement.ToString(), _next, StringComparison.OrdinalIgnoreCase);
                        _next = close < 0 ? html.Length : close;
                        _rawTextElement = default;
                    }

                    continue;
                }

                var i = html.IndexOf('<', _next);
                if (i < 0)
                {
                    _next = html.Length;
                    return false;
                }

                if (html.AsSpan(i).StartsWith("<!--"))
                {
                    var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    _next = end < 0 ? html.Length : end + 3;
                    continue;
                }

                if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
                {
                    _next = i + 1;
                    continue;
                }

                var nameEnd = i + 1;
                while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
                {
                    nameEnd++;
                }

                var name = html.AsSpan(i + 1, nameEnd - i - 1);
                _rawTextElement = name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    ? name
                    : default;
                _inTag = nameEnd;
            }
        }

        /// <summary>Reads the tag's attributes up to the next wanted one; at the tag's end, leaves it and returns false.</summary>
        private bool NextAttribute()
        {
            var html = _html;
            var i = _inTag;
            while (i < html.Length)
            {
                while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/'))
                {
                    i++;
                }

                if (i >= html.Length || html[i] == '>')
                {
                    i++;
                    break;
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
                    _inTag = i;
                    IsId = isId;
                    Value = valueStart..valueEnd;
                    return true;
                }
            }

            _inTag = -1;
            _next = Math.Min(i, html.Length);
            return false;
        }
    }
}
