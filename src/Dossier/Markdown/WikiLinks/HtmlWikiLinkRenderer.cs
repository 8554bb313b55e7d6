using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Markdown.WikiLinks;

/// <summary>Renders a resolved wiki link as an ordinary link; an unresolved one stays as written.</summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline inline)
    {
        if (renderer is not BodyRenderer body || body.Resolved.TargetOf(inline) is not { } target)
        {
            renderer.WriteEscape(inline.Raw);
            return;
        }

        renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(body.HrefTo(target.Path)).Write("\">")
            .WriteEscape(inline.Label ?? target.Title)
            .Write("</a>");
    }
}
