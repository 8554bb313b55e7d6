using System.Net;
using System.Text;
using Dossier.Content;
using Dossier.Health;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// The source's own words a footnote quotes for its claim: in <c>q</c>, in the source's language, linked to the very
/// words on the live page (a text fragment), so the reader lands on the sentence. A page that is gone, or that must not
/// be linked, has nothing to land on: the words stay unlinked.
/// </summary>
public static class NoteQuote
{
    public static void Write(StringBuilder html, Citation citation, AddressState state, string quote)
    {
        html.Append("<q class=\"note-quote\"");
        if (citation.Language is { } language)
        {
            html.Append(" lang=\"").Append(WebUtility.HtmlEncode(language)).Append('"');
        }

        html.Append('>');
        var linked = state.Status == UrlStatus.Live && citation.Url.Length > 0;
        if (linked)
        {
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(TextFragment.Append(citation.Url, quote))).Append("\">");
        }

        html.Append(WebUtility.HtmlEncode(quote));
        if (linked)
        {
            html.Append("</a>");
        }

        html.Append("</q>");
    }

    /// <summary>A quote ending a sentence of its own needs no period after it.</summary>
    public static bool EndsSentence(string quote) => quote.Length > 0 && quote[^1] is '.' or '?' or '!' or '…' or '。';
}
