using System.Net;
using Dossier.Content;
using Dossier.Health;

namespace Dossier.Pages;

/// <summary>
/// What the last link check found of the words a footnote rests on, said next to them: "(quote verified …)", or, in
/// bold words rather than colour alone, "(quote not found on the page when checked …)" with the archived copy to read
/// them in. The words are the note's own quote, else the source's <c>quote</c> (which the note does not show, hence
/// "source quote"). Nothing without a link check of them, or for a source whose address is not live.
/// </summary>
public static class QuoteCheckMark
{
    /// <returns>The mark's HTML with a leading space, or null when there is nothing to say.</returns>
    public static string? Of(Citation citation, AddressState state, IReadOnlyDictionary<string, LinkHealth> health, string? noteQuote)
    {
        var quote = noteQuote ?? citation.Quote;
        if (quote is null || state.Status != UrlStatus.Live || !health.TryGetValue(citation.Url, out var check)
            || !check.Quotes.TryGetValue(quote, out var found))
        {
            return null;
        }

        var what = noteQuote is null ? "source quote" : "quote";
        var when = $"<time datetime=\"{DateText.Iso(check.CheckedOn)}\">{WebUtility.HtmlEncode(DateText.Of(check.CheckedOn))}</time>";
        if (found)
        {
            return $" <span class=\"link-health link-ok\">({what} verified {when})</span>";
        }

        var archive = state.ArchiveUrl is { } copy ? $"; <a href=\"{WebUtility.HtmlEncode(copy)}\">archived copy</a>" : "";
        return $" <strong class=\"link-health link-quote-missing\">({what} not found on the page when checked {when}{archive})</strong>";
    }
}
