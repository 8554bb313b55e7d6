using System.Net;
using System.Text;

namespace Dossier.References;

/// <summary>
/// A reference formatted by a citation style, kept as runs so it can become HTML (encoded, with
/// <c>lang</c> and links) or plain text (for search, feeds and JSON-LD) without formatting twice.
/// </summary>
public sealed record FormattedReference(IReadOnlyList<ReferenceRun> Runs)
{
    public string ToPlainText() => string.Concat(Runs.Select(r => r.Text));

    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var run in Runs)
        {
            var text = WebUtility.HtmlEncode(run.Text);
            if (run.Href is not null)
            {
                text = $"<a href=\"{WebUtility.HtmlEncode(run.Href)}\">{text}</a>";
            }

            if (run.Style == RunStyle.Italic)
            {
                text = run.Language is null ? $"<cite>{text}</cite>" : $"<cite lang=\"{WebUtility.HtmlEncode(run.Language)}\">{text}</cite>";
            }
            else if (run.Language is not null)
            {
                text = $"<span lang=\"{WebUtility.HtmlEncode(run.Language)}\">{text}</span>";
            }

            html.Append(text);
        }

        return html.ToString();
    }
}
