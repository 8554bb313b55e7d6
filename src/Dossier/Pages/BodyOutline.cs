using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Pages.Views;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Dossier.Pages;

/// <summary>
/// A body's outline as a reader sees it, read from the parsed Markdown (not by parsing the rendered HTML
/// again): its h2/h3 headings with their anchor ids for the table of contents, and its plain text for search.
/// </summary>
public static class BodyOutline
{
    /// <summary>A table of contents pays off from this many headings; below it, it is only clutter.</summary>
    public const int MinimumHeadings = 2;

    public static IReadOnlyList<HeadingView> HeadingsOf(MarkdownDocument body, ResolvedBody resolved)
    {
        var headings = new List<HeadingView>();
        AddHeadings(body, resolved, headings);
        return headings;
    }

    /// <summary>The headings of a document's body when there are enough of them to be worth a table of contents.</summary>
    public static IReadOnlyList<HeadingView> ContentsOf(ContentGraph graph, string id)
    {
        var headings = HeadingsOf(graph.Parsed[id].Markdown, graph.ResolvedOf(id));
        return headings.Count >= MinimumHeadings ? headings : [];
    }

    /// <summary>The body's text without markup and without the footnote markers.</summary>
    public static string TextOf(MarkdownDocument body, ResolvedBody resolved) => PlainText.SqueezedOf(body, resolved);

    /// <summary><see cref="TextOf"/> written into a squeezing buffer, for a caller that needs no string of it (the search index).</summary>
    public static void AppendTextOf(PlainTextBuffer text, MarkdownDocument body, ResolvedBody resolved) => PlainText.AppendLeaves(text, body, resolved);

    /// <summary>The h2/h3 headings with ids below <paramref name="container"/> in reading order, by recursion: Descendants() allocates a stack and iterators.</summary>
    private static void AddHeadings(ContainerBlock container, ResolvedBody resolved, List<HeadingView> headings)
    {
        for (var i = 0; i < container.Count; i++)
        {
            if (container[i] is HeadingBlock { Level: 2 or 3 } heading)
            {
                if (heading.GetAttributes().Id is { Length: > 0 } id)
                {
                    headings.Add(new HeadingView(id, PlainText.SqueezedOf(heading.Inline, resolved), heading.Level));
                }
            }
            else if (container[i] is ContainerBlock inner)
            {
                AddHeadings(inner, resolved, headings);
            }
        }
    }
}
