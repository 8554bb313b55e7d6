using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dossier.Markdown.RawHtml;

/// <summary>
/// Raw HTML in Markdown is shown as text unless <c>dossier.yml</c> allows a tag in <c>allow_html</c>.
/// An allowed inline tag is re-written from scratch with only its safe attributes (<c>title</c>, <c>lang</c>);
/// everything else — <c>&lt;script&gt;</c>, <c>&lt;iframe&gt;</c>, event handlers, <c>style</c>, block HTML,
/// comments — becomes visible text. Nothing the editor wrote reaches the page as markup unchecked.
/// </summary>
public static partial class RawHtmlSanitiser
{
    /// <summary>Tags that can never be allowed, whatever <c>allow_html</c> says.</summary>
    public static readonly IReadOnlySet<string> Forbidden = new HashSet<string>(
        ["script", "style", "iframe", "object", "embed", "frame", "frameset", "link", "meta", "base", "form", "input",
         "button", "textarea", "select", "svg", "math", "template", "noscript", "img", "video", "audio", "source", "a"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly string[] SafeAttributes = ["title", "lang"];

    public static void Apply(MarkdownDocument document, IReadOnlySet<string> allowed)
    {
        // Found first and replaced after, so the walk never meets a node it replaced. Most bodies have no HTML: the
        // lists are made only when there is some.
        List<HtmlInline>? inlines = null;
        List<HtmlBlock>? blocks = null;
        Find(document, ref inlines, ref blocks);
        foreach (var html in inlines ?? [])
        {
            html.ReplaceBy(Rewrite(html.Tag, allowed) is { } safe
                ? new HtmlInline(safe)
                : new LiteralInline(html.Tag));
        }

        foreach (var block in blocks ?? [])
        {
            var paragraph = new ParagraphBlock { Inline = new ContainerInline() };
            paragraph.Inline.AppendChild(new LiteralInline(block.Lines.ToString()));
            var parent = block.Parent!;
            parent[parent.IndexOf(block)] = paragraph;
        }
    }

    /// <summary>The HTML below <paramref name="container"/>, by recursion: Descendants() allocates stacks and iterators for every body.</summary>
    private static void Find(ContainerBlock container, ref List<HtmlInline>? inlines, ref List<HtmlBlock>? blocks)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HtmlBlock block:
                    (blocks ??= []).Add(block);
                    break;
                case LeafBlock { Inline: { } leafInlines }:
                    Find(leafInlines, ref inlines);
                    break;
                case ContainerBlock inner:
                    Find(inner, ref inlines, ref blocks);
                    break;
            }
        }
    }

    private static void Find(ContainerInline container, ref List<HtmlInline>? inlines)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is HtmlInline html)
            {
                (inlines ??= []).Add(html);
            }
            else if (inline is ContainerInline inner)
            {
                Find(inner, ref inlines);
            }
        }
    }

    /// <summary>The tag rebuilt with only safe, encoded attributes, or null when it is not allowed.</summary>
    internal static string? Rewrite(string tag, IReadOnlySet<string> allowed)
    {
        var match = Tag().Match(tag);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (!allowed.Contains(name) || Forbidden.Contains(name))
        {
            return null;
        }

        if (match.Groups["close"].Success)
        {
            return $"</{name}>";
        }

        var attributes = Attribute().Matches(match.Groups["attributes"].Value)
            .Where(a => SafeAttributes.Contains(a.Groups["key"].Value.ToLowerInvariant()))
            .Select(a =>
            {
                var value = a.Groups["dq"].Success ? a.Groups["dq"].Value : a.Groups["sq"].Success ? a.Groups["sq"].Value : a.Groups["bare"].Value;
                return $" {a.Groups["key"].Value.ToLowerInvariant()}=\"{WebUtility.HtmlEncode(WebUtility.HtmlDecode(value))}\"";
            });
        return $"<{name}{string.Concat(attributes)}>";
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>(\s[^<>]*)?)/?>$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<key>[A-Za-z_:][-A-Za-z0-9_:.]*)\s*(=\s*(""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<bare>[^\s""'=<>`]+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
