namespace Dossier.Markdown.CiteKeys;

/// <summary>
/// Reads the text of a cite: where it ends and the sources it names. A <c>quote="…"</c> value may hold any character
/// (<c>]</c>, <c>;</c>, <c>,</c>, a line break), so the cite's brackets and separators are looked for outside values only.
/// </summary>
internal static class CiteText
{
    /// <summary>
    /// The index of the <c>]</c> that closes the cite whose <c>[</c> is at <paramref name="start"/>, or -1 when the
    /// text is no cite. A quote left open ends at the first <c>]</c> on its line, with the problem to report.
    /// </summary>
    public static (int End, CiteProblem? Problem) FindEnd(string text, int start, int last, int maxLength)
    {
        var limit = Math.Min(last + 1, start + maxLength);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == ']')
            {
                return (i, null);
            }

            if (c is '[' or '\n' or '\r')
            {
                return (-1, null);
            }

            if (QuoteAttribute.StartsAt(text, i, limit))
            {
                var open = i + QuoteAttribute.Name.Length;
                var after = QuoteAttribute.EndOfValue(text, open, limit);
                if (after >= limit && (after == open + 1 || text[after - 1] != QuoteAttribute.CloserOf(text[open])))
                {
                    return Unclosed(text, start, open, limit);
                }

                i = after - 1;
            }
        }

        return (-1, null);
    }

    private static (int End, CiteProblem? Problem) Unclosed(string text, int start, int open, int limit)
    {
        for (var i = open + 1; i < limit && text[i] is not ('\n' or '\r'); i++)
        {
            if (text[i] == ']')
            {
                var closer = QuoteAttribute.CloserOf(text[open]);
                return (i, new CiteProblem($"the quote is not closed: `{text[open]}` has no matching `{closer}` before the cite ends",
                    "write quote=\"the source's exact words\", with \\\" for a quotation mark inside them", open - start, 1));
            }
        }

        return (-1, null);
    }

    /// <summary>Splits <c>@a, p. 1, quote="…"; @b</c> into keys; null when the text is not a cite at all.</summary>
    /// <param name="start">The cite's <c>[</c>; offsets are counted from it.</param>
    public static (List<CiteKey> Keys, CiteProblem? Problem)? ParseKeys(string text, int start, int to)
    {
        var keys = new List<CiteKey>();
        CiteProblem? problem = null;
        foreach (var (partStart, partEnd) in Split(text, start + 1, to, ';'))
        {
            var at = partStart;
            while (at < partEnd && text[at] == ' ')
            {
                at++;
            }

            if (at >= partEnd || text[at] != '@')
            {
                return null;
            }

            var idStart = at + 1;
            var idEnd = idStart;
            while (idEnd < partEnd && text[idEnd] is not (',' or ' '))
            {
                idEnd++;
            }

            if (idEnd == idStart)
            {
                return null;
            }

            var restStart = idEnd;
            while (restStart < partEnd && text[restStart] == ' ')
            {
                restStart++;
            }

            if (restStart < partEnd && text[restStart] != ',')
            {
                return null;
            }

            var id = text[idStart..idEnd];
            var (locator, quote, keyProblem) = Attributes(text, restStart + 1, partEnd, start, id);
            problem ??= keyProblem;
            keys.Add(new CiteKey(id, locator, at - start) { Quote = quote });
        }

        return keys.Count == 0 ? null : (keys, problem);
    }

    /// <summary>The locator (every part that is not the quote, as written) and the quote after a key's first comma.</summary>
    private static (string? Locator, string? Quote, CiteProblem? Problem) Attributes(string text, int from, int to, int start, string id)
    {
        if (from >= to)
        {
            return (null, null, null);
        }

        var locator = new List<string>();
        string? quote = null;
        CiteProblem? problem = null;
        var quotes = 0;
        foreach (var (partStart, partEnd) in Split(text, from, to, ','))
        {
            var part = text[partStart..partEnd];
            if (!part.TrimStart().StartsWith(QuoteAttribute.Name, StringComparison.Ordinal))
            {
                locator.Add(part);
                continue;
            }

            if (++quotes == 2)
            {
                problem ??= new CiteProblem($"`@{id}` has two quotes", "give each source one quote: the words that support this claim",
                    partStart + (part.Length - part.TrimStart().Length) - start, QuoteAttribute.Name.Length);
                continue;
            }

            var (value, valueProblem) = QuoteAttribute.Read(text, partStart, partEnd, start, id);
            quote = value;
            problem ??= valueProblem;
        }

        var joined = string.Join(',', locator).Trim();
        return (joined.Length == 0 ? null : joined, quote, problem);
    }

    /// <summary>The ranges between <paramref name="separator"/>s in <c>text[from..to)</c>, skipping quote values.</summary>
    private static List<(int Start, int End)> Split(string text, int from, int to, char separator)
    {
        var parts = new List<(int, int)>();
        var partStart = from;
        for (var i = from; i < to; i++)
        {
            if (QuoteAttribute.StartsAt(text, i, to))
            {
                i = QuoteAttribute.EndOfValue(text, i + QuoteAttribute.Name.Length, to) - 1;
            }
            else if (text[i] == separator)
            {
                parts.Add((partStart, i));
                partStart = i + 1;
            }
        }

        parts.Add((partStart, to));
        return parts;
    }
}
