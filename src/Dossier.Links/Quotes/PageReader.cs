using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Markdown;

namespace Dossier.Links.Quotes;

/// <summary>Turns a page body into <see cref="PageText"/>: decodes it, parses HTML with AngleSharp and keeps the visible text.</summary>
public static partial class PageReader
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head",
    };

    /// <summary>Elements that break a line when rendered; their text must not run into the neighbours'.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>True for media types whose text we can read.</summary>
    public static bool CanRead(MediaTypeHeaderValue? contentType)
    {
        var media = contentType?.MediaType;
        return media is null
            || media.Equals("text/html", StringComparison.OrdinalIgnoreCase)
            || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
            || media.Equals("text/plain", StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="body">The page's bytes.</param>
    /// <param name="contentType">The answer's Content-Type, for the media type and charset.</param>
    /// <param name="withText">
    /// False when only the title, main heading and refresh are wanted (no quote or fragment to look for): the visible
    /// text and the ids are then not collected (nor normalised).
    /// </param>
    public static PageText Read(ReadOnlySpan<byte> body, MediaTypeHeaderValue? contentType, bool withText = true)
    {
        var encoding = BodyEncoding.Detect(body, contentType);
        var text = encoding.GetString(body);
        if (string.Equals(contentType?.MediaType, "text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return new PageText(withText ? QuoteText.Normalise(text) : "", new HashSet<string>());
        }

        var document = new HtmlParser().ParseDocument(text);
        var visible = new StringBuilder(withText ? text.Length / 2 : 0);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        if (withText)
        {
            if (document.Body is { } root)
            {
                AppendVisible(root, visible);
            }

            CollectAnchors(document, anchors);
        }

        // The heading inside <main> is the page's own; a first <h1> elsewhere is often the site's logo.
        var heading = document.QuerySelector("main h1, [role=main] h1") ?? document.QuerySelector("h1");
        return new PageText(withText ? QuoteText.Normalise(visible.ToString()) : "", anchors)
        {
            Title = Squeezed(document.Title),
            MainHeading = Squeezed(heading?.TextContent),
            RefreshTo = RefreshTarget(document),
        };
    }

    /// <summary>
    /// The URL of a <c>&lt;meta http-equiv="refresh" content="0; url=/"&gt;</c> that fires within 5 seconds: a page that
    /// reloads itself every few minutes (news front pages do) is not leaving.
    /// </summary>
    private static string? RefreshTarget(IDocument document)
    {
        var meta = document.QuerySelectorAll("meta[http-equiv][content]")
            .FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase));
        var match = meta?.GetAttribute("content") is { } content ? RefreshContent().Match(content) : null;
        if (match is not { Success: true } || !double.TryParse(match.Groups["delay"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var delay) || delay > 5)
        {
            return null;
        }

        var url = match.Groups["url"].Value.Trim().Trim('"', '\'').Trim();
        return url.Length > 0 ? url : null;
    }

    [GeneratedRegex(@"^\s*(?<delay>\d+(\.\d*)?)\s*[;,]\s*(url\s*=\s*)?(?<url>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefreshContent();

    private static void CollectAnchors(IDocument document, HashSet<string> anchors)
    {
        foreach (var element in document.QuerySelectorAll("[id], a[name]"))
        {
            if (element.Id is { Length: > 0 } id)
            {
                anchors.Add(id);
            }

            if (element.GetAttribute("name") is { Length: > 0 } name && element.LocalName == "a")
            {
                anchors.Add(name);
            }
        }
    }

    private static string? Squeezed(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : PlainText.Squeeze(text).Trim();

    private static void AppendVisible(INode node, StringBuilder visible)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    visible.Append(text.Data);
                    break;
                case IElement element when !Invisible.Contains(element.LocalName):
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        visible.Append(' ');
                    }

                    AppendVisible(element, visible);
                    if (block)
                    {
                        visible.Append(' ');
                    }

                    break;
            }
        }
    }
}
