using System.Text;
using Dossier.Content;

namespace Dossier.Interchange;

/// <summary>
/// COinS (ContextObjects in Spans, Z39.88-2004 OpenURL in the <c>title</c> of an empty <c>span class="Z3988"</c>): what
/// lets Zotero and other reference managers find every source on the bibliography and save them at once. Journal and
/// news articles use the journal format, books and reports the book format, the rest Dublin Core.
/// </summary>
public static class Coins
{
    /// <summary>The key-encoded-value string for the span's <c>title</c> (to be HTML-encoded by the template).</summary>
    public static string Of(Citation citation)
    {
        var pairs = new List<(string Key, string Value)> { ("ctx_ver", "Z39.88-2004") };
        var date = citation.Published?.ToString();
        switch (citation.Type)
        {
            case CitationType.Journal or CitationType.News:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"));
                pairs.Add(("rft.genre", "article"));
                pairs.Add(("rft.atitle", citation.Title));
                pairs.Add(("rft.jtitle", citation.Publisher));
                Authors(pairs, citation, "rft.au");
                break;
            case CitationType.Book or CitationType.Report:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"));
                pairs.Add(("rft.genre", citation.Type == CitationType.Book ? "book" : "report"));
                pairs.Add(("rft.btitle", citation.Title));
                pairs.Add(("rft.pub", citation.Publisher));
                Authors(pairs, citation, "rft.au");
                break;
            default:
                pairs.Add(("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc"));
                pairs.Add(("rft.type", citation.Type == CitationType.Web ? "webpage" : "document"));
                pairs.Add(("rft.title", citation.Title));
                pairs.Add(("rft.publisher", citation.Publisher));
                Authors(pairs, citation, "rft.creator");
                break;
        }

        if (date is not null)
        {
            pairs.Add(("rft.date", date));
        }

        if (citation.Language is { } language)
        {
            pairs.Add(("rft.language", language));
        }

        pairs.Add(("rft_id", citation.Url));
        var kev = new StringBuilder();
        foreach (var (key, value) in pairs.Where(p => p.Value.Length > 0))
        {
            if (kev.Length > 0)
            {
                kev.Append('&');
            }

            kev.Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }

        return kev.ToString();
    }

    private static void Authors(List<(string, string)> pairs, Citation citation, string key) =>
        pairs.AddRange(citation.Authors.Select(a => (key, a)));
}
