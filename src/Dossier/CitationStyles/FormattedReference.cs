using System.Net;
using Dossier.Markdown;

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
        // Written into a rented array (HTML is text too): a builder left its blocks behind for every note and entry.
        using var html = new PlainTextBuffer(squeeze: false);
        html.Append(before);
        WriteHtml(html);
        return html.ToString();
    }

    /// <summary>Appends the HTML: each run encoded, in a link when it has one, in <c>cite</c> when italic, with its <c>lang</c>.</summary>
    private void WriteHtml(PlainTextBuffer html)
    {
        for (var i = 0; i < Runs.Count; i++)
        {
            var run = Runs[i];
            var wrapper = run.Style == RunStyle.Italic ? "cite" : run.Language is not null ? "span" : null;
            if (wrapper is not null)
            {
                Append(html, "<", wrapper);
                if (run.Language is not null)
                {
                    Append(html, " lang=\"", WebUtility.HtmlEncode(run.Language), "\"");
                }

                html.Append('>');
            }

            if (run.Href is not null)
            {
                Append(html, "<a href=\"", WebUtility.HtmlEncode(run.Href), "\"");
                if (run.VersionUrl is not null)
                {
                    Append(html, " data-versionurl=\"", WebUtility.HtmlEncode(run.VersionUrl), "\"");
                }

                if (run.VersionDate is not null)
                {
                    Append(html, " data-versiondate=\"", WebUtility.HtmlEncode(run.VersionDate), "\"");
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
                Append(html, "</", wrapper, ">");
            }
        }
    }

    private static void Append(PlainTextBuffer html, params ReadOnlySpan<string> parts)
    {
        foreach (var part in parts)
        {
            html.Append(part);
        }
    }
}
