using AngleSharp.Html.Parser;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>
/// Reads a rendered body back as a reader sees it: its h2/h3 headings (ids from Markdig's auto-identifiers)
/// for the table of contents, and its plain text for search.
/// </summary>
public static class BodyOutline
{
    /// <summary>A table of contents pays off from this many headings; below it, it is only clutter.</summary>
    public const int MinimumHeadings = 2;

    public static IReadOnlyList<HeadingView> HeadingsOf(string bodyHtml)
    {
        if (!bodyHtml.Contains("<h", StringComparison.Ordinal))
        {
            return [];
        }

        using var document = new HtmlParser().ParseDocument(bodyHtml);
        return document.QuerySelectorAll("h2[id], h3[id]")
            .Select(h => new HeadingView(h.Id!, Squeeze(h.TextContent), h.LocalName == "h2" ? 2 : 3))
            .ToList();
    }

    /// <summary>The headings when there are enough of them to be worth a table of contents.</summary>
    public static IReadOnlyList<HeadingView> ContentsOf(string bodyHtml)
    {
        var headings = HeadingsOf(bodyHtml);
        return headings.Count >= MinimumHeadings ? headings : [];
    }

    /// <summary>The body's text without markup and without the footnote markers' numbers.</summary>
    public static string TextOf(string bodyHtml)
    {
        using var document = new HtmlParser().ParseDocument(bodyHtml);
        foreach (var marker in document.QuerySelectorAll("sup.note-ref").ToList())
        {
            marker.Remove();
        }

        return Squeeze(document.Body?.TextContent ?? "");
    }

    private static string Squeeze(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
