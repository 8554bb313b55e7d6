using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// Renders a numbered cite as a superscript link to its note (<c>#cite-note-N</c>), carrying the
/// id the note links back to (<c>#cite-ref-N</c>). An unnumbered cite (never in a successful build) stays text.
/// </summary>
public sealed class HtmlCiteKeyRenderer : HtmlObjectRenderer<CiteKeyInline>
{
    protected override void Write(HtmlRenderer renderer, CiteKeyInline inline)
    {
        var number = renderer is BodyRenderer body ? body.Resolved.NoteNumberOf(inline) : 0;
        if (number == 0)
        {
            renderer.WriteEscape(inline.Raw);
            return;
        }

        var n = number.ToString(CultureInfo.InvariantCulture);
        renderer.Write("<sup class=\"note-ref\" id=\"cite-ref-").Write(n).Write("\">")
            .Write("<a href=\"#cite-note-").Write(n).Write("\" role=\"doc-noteref\" aria-label=\"Note ").Write(n).Write("\">")
            .Write(n).Write("</a></sup>");
    }
}
