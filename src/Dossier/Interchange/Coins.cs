using System.Buffers;
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
        // Every character of a value takes at most nine once escaped (three UTF-8 bytes, each "%XX"); the keys and the
        // fixed values are short. Written into one rented array, so the only string left behind is the result.
        var bound = 512 + (9 * (citation.Title.Length + citation.Publisher.Length + citation.Url.Length + (citation.Language?.Length ?? 0)));
        foreach (var author in citation.Authors)
        {
            bound += 16 + (9 * author.Length);
        }

        var kev = new Kev(ArrayPool<char>.Shared.Rent(bound));
        try
        {
            kev.Add("ctx_ver", "Z39.88-2004");
            switch (citation.Type)
            {
                case CitationType.Journal or CitationType.News:
                    kev.Add("rft_val_fmt", "info:ofi/fmt:kev:mtx:journal");
                    kev.Add("rft.genre", "article");
                    kev.Add("rft.atitle", citation.Title);
                    kev.Add("rft.jtitle", citation.Publisher);
                    kev.Add("rft.au", citation.Authors);
                    break;
                case CitationType.Book or CitationType.Report:
                    kev.Add("rft_val_fmt", "info:ofi/fmt:kev:mtx:book");
                    kev.Add("rft.genre", citation.Type == CitationType.Book ? "book" : "report");
                    kev.Add("rft.btitle", citation.Title);
                    kev.Add("rft.pub", citation.Publisher);
                    kev.Add("rft.au", citation.Authors);
                    break;
                default:
                    kev.Add("rft_val_fmt", "info:ofi/fmt:kev:mtx:dc");
                    kev.Add("rft.type", citation.Type == CitationType.Web ? "webpage" : "document");
                    kev.Add("rft.title", citation.Title);
                    kev.Add("rft.publisher", citation.Publisher);
                    kev.Add("rft.creator", citation.Authors);
                    break;
            }

            if (citation.Published is { } published)
            {
                kev.Add("rft.date", published.ToString());
            }

            kev.Add("rft.language", citation.Language);
            kev.Add("rft_id", citation.Url);
            return kev.ToString();
        }
        finally
        {
            kev.Return();
        }
    }

    /// <summary>Pairs written into an array long enough for them all, an empty value left out, each value percent-encoded.</summary>
    private struct Kev(char[] chars)
    {
        private int length;

        public void Add(string key, IReadOnlyList<string> values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                Add(key, values[i]);
            }
        }

        public void Add(string key, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (length > 0)
            {
                chars[length++] = '&';
            }

            key.CopyTo(chars.AsSpan(length));
            length += key.Length;
            chars[length++] = '=';
            if (!Uri.TryEscapeDataString(value, chars.AsSpan(length), out var written))
            {
                throw new InvalidOperationException("the COinS buffer is shorter than its bound");
            }

            length += written;
        }

        public override readonly string ToString() => new(chars, 0, length);

        public readonly void Return() => ArrayPool<char>.Shared.Return(chars);
    }
}
