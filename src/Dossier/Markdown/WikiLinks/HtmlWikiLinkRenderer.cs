using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Markdown.WikiLinks;

/// <summary>Renders a resolved wiki link as an ordinary link; an unresolved one stays as written.</summary>
public sealed class HtmlWikiLinkRenderer : HtmlObjectRenderer<WikiLinkInline>
{
    protected override void Write(HtmlRenderer renderer, WikiLinkInline inline)
    {
        if (inline.Href is null)
        {
            renderer.WriteEscape(inline.Raw);
            return;
        }

        renderer.Write("<a class=\"xref\" href=\"").WriteEscapeUrl(inline.Href).Write("\">")
            .WriteEscape(inline.Label ?? inline.TargetTitle ?? inline.Target)
            .Write("</a>");
    }
}
