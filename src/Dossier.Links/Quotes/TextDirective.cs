namespace Dossier.Links.Quotes;

/// <summary>
/// One <c>text=</c> directive of a URL's text fragment (<c>#:~:text=[prefix-,]textStart[,textEnd][,-suffix]</c>):
/// the passage a browser scrolls to and highlights. The citing editor chose that passage, so it is checked on the
/// page as a quote is. The fragment directive is never sent to the server; browsers strip it too.
/// </summary>
public sealed record TextDirective(string? Prefix, string Start, string? End, string? Suffix)
{
    private const string Delimiter = ":~:";

    /// <summary>The part of a fragment (as written, percent-encoded, without <c>#</c>) that names an element, without any directive.</summary>
    public static string ElementPart(string fragment)
    {
        var at = fragment.IndexOf(Delimiter, StringComparison.Ordinal);
        return at < 0 ? fragment : fragment[..at];
    }

    /// <summary>The well-formed text directives of a fragment (as written, percent-encoded, without <c>#</c>); malformed ones are ignored, as browsers do.</summary>
    public static IReadOnlyList<TextDirective> Parse(string fragment)
    {
        var at = fragment.IndexOf(Delimiter, StringComparison.Ordinal);
        if (at < 0)
        {
            return [];
        }

        var directives = new List<TextDirective>();
        foreach (var directive in fragment[(at + Delimiter.Length)..].Split('&'))
        {
            if (directive.StartsWith("text=", StringComparison.Ordinal) && Of(directive["text=".Length..]) is { } text)
            {
                directives.Add(text);
            }
        }

        return directives;
    }

    /// <summary>
    /// Whether the page's visible text holds the passage: <see cref="Start"/>, then <see cref="End"/> somewhere after it,
    /// with <see cref="Prefix"/> just before and <see cref="Suffix"/> just after when given. Compared normalised, as quotes
    /// are, and, as browsers do, only where whole words start and end: <c>text=pan</c> does not match "Japan".
    /// </summary>
    public bool IsOn(PageText page)
    {
        var text = page.NormalisedText;
        var start = QuoteText.Normalise(Start);
        var end = End is null ? null : QuoteText.Normalise(End);
        var prefix = Prefix is null ? null : QuoteText.Normalise(Prefix);
        var suffix = Suffix is null ? null : QuoteText.Normalise(Suffix);
        if (start.Length == 0)
        {
            return false;
        }

        for (var s = text.IndexOf(start, StringComparison.Ordinal); s >= 0; s = text.IndexOf(start, s + 1, StringComparison.Ordinal))
        {
            // Each term is whole words: the start, and the end wherever it is found.
            if (!WordStartsAt(text, s) || !WordEndsAt(text, s + start.Length) || (prefix is { Length: > 0 } && !text.AsSpan(0, s).TrimEnd(' ').EndsWith(prefix, StringComparison.Ordinal)))
            {
                continue;
            }

            var after = s + start.Length;
            if (end is not { Length: > 0 })
            {
                if (Follows(text, after, suffix))
                {
                    return true;
                }

                continue;
            }

            for (var e = text.IndexOf(end, after, StringComparison.Ordinal); e >= 0; e = text.IndexOf(end, e + 1, StringComparison.Ordinal))
            {
                if (WordStartsAt(text, e) && WordEndsAt(text, e + end.Length) && Follows(text, e + end.Length, suffix))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The directive as an editor would read it: the passage, with "…" between its start and end.</summary>
    public override string ToString() => End is null ? Start : $"{Start} … {End}";

    private static bool WordStartsAt(string text, int at) => at == 0 || !InWord(text[at - 1]) || !InWord(text[at]);

    private static bool WordEndsAt(string text, int at) => at == text.Length || !InWord(text[at - 1]) || !InWord(text[at]);

    /// <summary>
    /// A letter or digit of a word written with spaces between words. Chinese and Japanese are written without
    /// them, so any of their characters may start or end a passage.
    /// </summary>
    private static bool InWord(char c) =>
        char.IsLetterOrDigit(c) && !(c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF');

    private static bool Follows(string text, int at, string? suffix) =>
        suffix is not { Length: > 0 } || text.AsSpan(at).TrimStart(' ').StartsWith(suffix, StringComparison.Ordinal);

    private static TextDirective? Of(string value)
    {
        // Split before decoding: a comma or dash inside the text is percent-encoded, the separators are not.
        var parts = value.Split(',').ToList();
        string? prefix = null;
        string? suffix = null;
        if (parts.Count > 1 && parts[0].EndsWith('-'))
        {
            prefix = Decode(parts[0][..^1]);
            parts.RemoveAt(0);
        }

        if (parts.Count > 1 && parts[^1].StartsWith('-'))
        {
            suffix = Decode(parts[^1][1..]);
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count is not (1 or 2) || Decode(parts[0]) is not { Length: > 0 } start)
        {
            return null;
        }

        var end = parts.Count == 2 ? Decode(parts[1]) : null;
        return end is { Length: 0 } ? null : new TextDirective(prefix, start, end, suffix);
    }

    private static string Decode(string part)
    {
        try
        {
            return Uri.UnescapeDataString(part).Trim();
        }
        catch (UriFormatException)
        {
            return "";
        }
    }
}
