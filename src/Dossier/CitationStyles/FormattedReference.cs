using System.Net;
using System.Text;

namespace Dossier.CitationStyles;

/// <summary>
/// A reference formatted by a citation style, kept as runs so it can become HTML (encoded, with
/// <c>lang</c> and links) or plain text (for search, feeds and JSON-LD) without formatting twice.
/// </summary>
public sealed record FormattedReference(IReadOnlyList<ReferenceRun> Runs)
{
    public string ToPlainText() => string.Concat(Runs.Select(r => r.Text));

    public string ToHtml() => ToHtml("");

    /// <summary>The HTML after <paramref name="before"/> (HTML already, such as the source's icons), as one string.</summary>
    public string ToHtml(string before)
    {
        // Room for the runs and their markup up front: a builder that grows leaves each block it outgrew behind.
        var length = before.Length;
        foreach (var run in Runs)
        {
            length += run.Text.Length + 16 + (2 * (run.Language?.Length ?? 0));
            if (run.Href is not null)
            {
                length += 64 + run.Href.Length + (run.VersionUrl?.Length ?? 0) + (run.VersionDate?.Length ?? 0);
            }
        }

        var html = new StringBuilder(before, length);
        WriteHtml(html);
        return html.ToString();
    }

    /// <summary>Appends the HTML: each run encoded, in a link when it has one, in <c>cite</c> when italic, with its <c>lang</c>.</summary>
    public void WriteHtml(StringBuilder html)
    {
        foreach (var run in Runs)
        {
            var wrapper = run.Style == RunStyle.Italic ? "cite" : run.Language is not null ? "span" : null;
            if (wrapper is not null)
            {
                html.Append('<').Append(wrapper);
                if (run.Language is not null)
                {
                    html.Append(" lang=\"").Append(WebUtility.HtmlEncode(run.Language)).Append('"');
                }

                html.Append('>');
            }

            if (run.Href is not null)
            {
                html.Append("<a href=\"").Append(WebUtility.HtmlEncode(run.Href)).Append('"');
                if (run.VersionUrl is not null)
                {
                    html.Append(" data-versionurl=\"").Append(WebUtility.HtmlEncode(run.VersionUrl)).Append('"');
                }

                if (run.VersionDate is not null)
                {
                    html.Append(" data-versiondate=\"").Append(WebUtility.HtmlEncode(run.VersionDate)).Append('"');
                }

                html.Append('>');
            }

            html.Append(WebUtility.HtmlEncode(run.Text));
            if (run.Href is not null)
            {
                html.Append("</a>");
            }

            if (wrapper is not null)
            {
                html.Append("</").Append(wrapper).Append('>');
            }
        }
    }
}
