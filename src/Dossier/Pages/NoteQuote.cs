using System.Net;
using System.Text;
using Dossier.Content;
using Dossier.Health;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// The source's own words a footnote quotes for its claim: in <c>q</c>, in the source's language. In a short note, which
/// has no address of its own, the words link to themselves on the live page (a text fragment), so the reader still lands
/// on the sentence; a full note's address does that already.
/// </summary>
public static class NoteQuote
{
    public static void Write(StringBuilder html, Citation citation, AddressState state, string quote, bool link)
    {
        html.Append("<q class=\"note-quote\"");
        if (citation.Language is { } language)
        {
            html.Append(" lang=\"").Append(WebUtility.HtmlEncode(language)).Append('"');
        }

        html.Append('>');
        // A page that is gone, or must not be linked, has no words to land on.
        var linked = link && state.Status == UrlStatus.Live && citation.Url.Length > 0;
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
