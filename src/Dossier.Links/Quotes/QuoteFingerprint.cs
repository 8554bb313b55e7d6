using System.Security.Cryptography;
using System.Text;

namespace Dossier.Links.Quotes;

/// <summary>
/// A fingerprint of the words around a quote on its page, so a later check can tell "the page changed around the quote"
/// from "nothing changed" while the quote itself is still there. It hashes the <see cref="Words"/> words just before and
/// just after the quote's first place in the page's visible text, after the same normalisation quotes are matched with.
/// Why words of the visible text: markup, white space, typographic quotes and dashes, case and punctuation change without
/// the text changing (a redesign, a CMS update), and none of them should count as a change; an edited sentence next to
/// the quote, a correction or an added caveat should. Why only the neighbourhood, not the whole page: pages change all
/// the time where no reader of the quote looks (dates, "most read" lists, comment counts).
/// </summary>
public static class QuoteFingerprint
{
    /// <summary>Words taken on each side: about a sentence.</summary>
    public const int Words = 12;

    /// <summary>Names the method, so fingerprints made another way later are re-recorded rather than taken for a change.</summary>
    public const string Method = "w12";

    private const int Window = 4000;

    /// <summary>The fingerprint of the text around <paramref name="quote"/>, or null when the page does not contain it.</summary>
    public static string? Of(PageText page, string quote)
    {
        var needle = QuoteText.Normalise(quote);
        var text = page.NormalisedText;
        var at = needle.Length == 0 ? -1 : text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        // A window well wider than the words taken, so a 5 MB page is not split into words whole.
        var from = Math.Max(0, at - Window);
        var end = at + needle.Length;
        var before = WordsOf(text.AsSpan(from, at - from));
        var after = WordsOf(text.AsSpan(end, Math.Min(Window, text.Length - end)));
        var surroundings = string.Join(' ', before.TakeLast(Words)) + "\n" + string.Join(' ', after.Take(Words));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(surroundings));
        return $"{Method}:{Convert.ToHexStringLower(hash.AsSpan(0, 8))}";
    }

    /// <summary>Runs of letters and digits; each Chinese or Japanese character is a word of its own (they are written without spaces).</summary>
    private static List<string> WordsOf(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var ideograph = IsIdeograph(c);
            if (char.IsLetterOrDigit(c) && !ideograph)
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                words.Add(text[start..i].ToString());
                start = -1;
            }

            if (ideograph)
            {
                words.Add(c.ToString());
            }
        }

        return words;
    }

    private static bool IsIdeograph(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
