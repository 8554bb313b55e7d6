namespace Dossier.Site;

/// <summary>
/// A link that scrolls to and highlights a passage of the page (<c>#:~:text=…</c>, WICG Text Fragments). The text is
/// percent-encoded, <c>-</c>, <c>&amp;</c> and <c>,</c> included, as those are the directive's own syntax.
/// </summary>
public static class TextFragment
{
    /// <summary><paramref name="url"/> pointing at <paramref name="text"/>, keeping a fragment or directive it already has.</summary>
    public static string Append(string url, string text)
    {
        var directive = "text=" + Encode(text);
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return url + "#:~:" + directive;
        }

        return url.IndexOf(":~:", hash, StringComparison.Ordinal) >= 0 ? url + "&" + directive : url + ":~:" + directive;
    }

    /// <summary>
    /// Every character but ASCII letters, digits and <c>._~</c> percent-encoded as UTF-8: <see cref="Uri.EscapeDataString(string)"/>
    /// leaves <c>-</c> as it is, which the directive would read as a prefix or suffix mark.
    /// </summary>
    public static string Encode(string text) => Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
