using System.Globalization;
using Dossier.Content;

namespace Dossier.CitationStyles;

/// <summary>
/// The Chicago Manual of Style (17th edition), notes and bibliography, for the sources a dossier
/// cites. Article-like sources (news, web, government, journal) get their titles in quotation
/// marks, book-like ones (book, report, pdf) in italics; every form ends with the URL and the
/// access date, which the dossier always records.
/// </summary>
/// <remarks>
/// Authors are written in the order given (<c>Shinzo Abe</c>); the surname is the last word. An
/// author written <c>van der Berg, Anna</c> names the surname explicitly and is shown as
/// <c>Anna van der Berg</c>.
/// </remarks>
public sealed class ChicagoStyle : ICitationStyle
{
    private static readonly string[] Articles = ["A", "An", "The"];

    private static readonly string[] SmallWords =
        ["a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as"];

    /// <summary>
    /// How to compare <see cref="SortKey"/> results: invariant culture, ignoring case, so Latin and
    /// Cyrillic entries sort like real text on every machine.
    /// </summary>
    public static StringComparer SortKeyComparer { get; } =
        StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true);

    /// <inheritdoc />
    /// <example><c>“What did Abe Accomplish in Central Asia,” The Diplomat, October 2015, https://…, accessed December 31, 2024.</c></example>
    public FormattedReference Note(Citation citation, string? locator) => Join(',',
    [
        Text(NoteAuthors(citation.Authors)),
        Title(citation, citation.Title, withTranslation: true),
        Text(citation.Publisher),
        Text(citation.Published is { } published ? ChicagoDates.Format(published) : ""),
        // The locator belongs to the publication facts, so for every type it follows the date and precedes the URL.
        Text(locator),
        Link(citation),
        Text($"accessed {ChicagoDates.Format(citation.Accessed)}"),
    ]);

    /// <inheritdoc />
    /// <example><c>Abe, “What did Abe Accomplish,” p. 12.</c></example>
    public FormattedReference ShortNote(Citation citation, string? locator) => Join(',',
    [
        Text(JoinNames(citation.Authors.Select(Surname).ToList())),
        Title(citation, ShortTitle(citation), withTranslation: false),
        Text(locator),
    ]);

    /// <inheritdoc />
    /// <example><c>MOFA. “Japan-Tajikistan Foreign Ministers’ Meeting.” Accessed December 31, 2024. https://….</c></example>
    public FormattedReference BibliographyEntry(Citation citation) => Entry(citation, withAccessed: true);

    /// <inheritdoc />
    /// <example><c>Japan and Central Asia. “Kazakhstan.” March 3, 2025. https://….</c></example>
    public FormattedReference PageEntry(Citation page) => Entry(page, withAccessed: false);

    private static FormattedReference Entry(Citation citation, bool withAccessed)
    {
        var date = citation.Published is { } published ? ChicagoDates.Format(published) : "";

        // With no author the publisher stands in for one (CMOS 14.207); otherwise it joins the date
        // as the publication facts ("The Diplomat, October 2015."), as for a newspaper (CMOS 14.191).
        var hasAuthors = citation.Authors.Count > 0;
        var facts = hasAuthors ? string.Join(", ", new[] { citation.Publisher, date }.Where(s => s.Length > 0)) : date;

        return Join('.',
        [
            Text(hasAuthors ? BibliographyAuthors(citation.Authors) : citation.Publisher),
            Title(citation, citation.Title, withTranslation: true),
            Text(facts),
            Text(withAccessed ? $"Accessed {ChicagoDates.Format(citation.Accessed)}" : ""),
            withAccessed ? Link(citation) : Text(citation.Url),
        ]);
    }

    /// <summary>
    /// The first element of the bibliography entry (the first author inverted, or the publisher),
    /// then the title, the published date and the id, separated by tabs (which collate before any
    /// letter). A leading A/An/The is ignored. Compare keys with <see cref="SortKeyComparer"/>.
    /// </summary>
    public string SortKey(Citation citation)
    {
        var first = citation.Authors.Count > 0 ? Inverted(citation.Authors[0]) : WithoutArticle(citation.Publisher.Trim());
        var title = citation.Title.Trim().TrimStart('“', '‘', '"', '\'', '«', '„');
        return string.Join('\t', first, IsEnglish(citation) ? WithoutArticle(title) : title, citation.Published?.ToString() ?? "", citation.Id);
    }

    /// <summary>
    /// One element of a reference: plain <paramref name="Text"/>, or styled or linked <paramref name="Runs"/> when given;
    /// <paramref name="Closing"/> is a quotation mark the following punctuation goes inside. A value, and plain text
    /// needs no run: most elements are plain, and every reference is made of several.
    /// </summary>
    private readonly record struct Part(string Text, IReadOnlyList<ReferenceRun>? Runs = null, string Closing = "");

    private static Part Text(string? text) => new(text?.Trim() ?? "");

    private static Part Runs(IReadOnlyList<ReferenceRun> runs, string closing = "") => new("", runs, closing);

    /// <summary>The source's address as a link carrying Robust Links attributes: its archived copy and the day it was read.</summary>
    private static Part Link(Citation citation) => Runs([new ReferenceRun(citation.Url, Href: citation.Url)
    {
        VersionUrl = citation.ArchiveUrl,
        VersionDate = citation.Accessed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    }]);

    private static Part Title(Citation citation, string title, bool withTranslation)
    {
        var quoted = citation.Type is CitationType.News or CitationType.Web or CitationType.Government or CitationType.Journal;
        var translation = withTranslation && !string.IsNullOrWhiteSpace(citation.TitleEn) ? $" [{citation.TitleEn.Trim()}]" : "";
        if (!quoted)
        {
            return Runs([new ReferenceRun(title.Trim(), RunStyle.Italic, citation.Language), new ReferenceRun(translation)]);
        }

        // Quotation marks inside a quoted title become single ones (CMOS 6.9).
        var inner = new ReferenceRun(title.Trim().Replace('“', '‘').Replace('”', '’'), Language: citation.Language);
        return translation.Length == 0
            ? Runs([new ReferenceRun("“"), inner], closing: "”")
            : Runs([new ReferenceRun("“"), inner, new ReferenceRun("”" + translation)]);
    }

    /// <summary>
    /// Writes the parts with <paramref name="separator"/> between them and a period at the end,
    /// skipping empty parts. The mark goes inside a closing quotation mark, and is dropped after a
    /// text ending in ? or ! (and a period after a text ending in a period, such as "et al.").
    /// </summary>
    /// <remarks>
    /// Plain runs that follow one another are merged into one (the runs of a reference are only ever
    /// styled, linked or plain). Every source is formatted several times a build, so this avoids LINQ,
    /// takes its parts on the stack and gathers merged plain text in one rented array.
    /// </remarks>
    private static FormattedReference Join(char separator, ReadOnlySpan<Part> parts)
    {
        var last = -1;
        for (var i = 0; i < parts.Length; i++)
        {
            if (HasText(parts[i]))
            {
                last = i;
            }
        }

        var runs = new RunList();
        for (var i = 0; i <= last; i++)
        {
            var part = parts[i];
            if (!HasText(part))
            {
                continue;
            }

            // The text written last, and whether it was a link's.
            var (lastText, linked) = (part.Text, false);
            if (part.Runs is null)
            {
                runs.AppendPlain(part.Text);
            }
            else
            {
                for (var r = 0; r < part.Runs.Count; r++)
                {
                    var run = part.Runs[r];
                    if (run.Text.Length > 0)
                    {
                        runs.Append(run);
                        (lastText, linked) = (run.Text, run.Href is not null);
                    }
                }
            }

            var mark = i == last ? '.' : separator;
            var absorbed = !linked && (lastText.EndsWith('?') || lastText.EndsWith('!') || (mark == '.' && lastText.EndsWith('.')));
            if (!absorbed)
            {
                runs.AppendPlain(mark);
            }

            runs.AppendPlain(part.Closing);
            if (i < last)
            {
                runs.AppendPlain(' ');
            }
        }

        return new FormattedReference(runs.ToList());
    }

    // Indexed, not foreach: over an IReadOnlyList, foreach allocates an enumerator, and every part of every reference is asked.
    private static bool HasText(Part part)
    {
        if (part.Runs is null)
        {
            return part.Text.Length > 0;
        }

        for (var r = 0; r < part.Runs.Count; r++)
        {
            if (part.Runs[r].Text.Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Runs being written: a plain run (no style, language or link) is merged into the plain text before it, which is
    /// gathered in a rented array (a builder grew, and was cleared, once for each reference).
    /// </summary>
    private sealed class RunList
    {
        private readonly List<ReferenceRun> _runs = [];
        private readonly Markdown.PlainTextBuffer _plain = new(squeeze: false);

        public void Append(ReferenceRun run)
        {
            if (run is { Style: RunStyle.Plain, Language: null, Href: null })
            {
                _plain.Append(run.Text);
                return;
            }

            Flush();
            _runs.Add(run);
        }

        public void AppendPlain(char text) => _plain.Append(text);

        public void AppendPlain(string text) => _plain.Append(text);

        /// <summary>The runs written, the array given back: nothing more can be written.</summary>
        public List<ReferenceRun> ToList()
        {
            Flush();
            _plain.Dispose();
            return _runs;
        }

        private void Flush()
        {
            if (_plain.Length > 0)
            {
                _runs.Add(new ReferenceRun(_plain.ToString()));
                _plain.Clear();
            }
        }
    }

    /// <summary>Notes name up to three authors; four or more become the first and "et al." (CMOS 14.76).</summary>
    private static string NoteAuthors(IReadOnlyList<string> authors) =>
        authors.Count > 3 ? $"{GivenFirst(authors[0])} et al." : JoinNames(authors.Select(GivenFirst).ToList());

    /// <summary>The bibliography lists up to ten authors, the first inverted; more than ten become seven and "et al." (CMOS 14.76).</summary>
    private static string BibliographyAuthors(IReadOnlyList<string> authors)
    {
        var shown = authors.Count > 10 ? authors.Take(7).ToList() : authors;
        var names = shown.Select((name, i) => i == 0 ? Inverted(name) : GivenFirst(name)).ToList();
        if (shown.Count < authors.Count)
        {
            return string.Join(", ", names) + ", et al.";
        }

        // Two authors also take a comma before "and", because the first name is inverted.
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])}, and {names[^1]}";
    }

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        3 => $"{names[0]}, {names[1]}, and {names[2]}",
        _ => $"{names[0]} et al.",
    };

    private static (string Given, string Surname) SplitName(string author)
    {
        var name = author.Trim();
        var comma = name.IndexOf(',');
        if (comma >= 0)
        {
            return (name[(comma + 1)..].Trim(), name[..comma].Trim());
        }

        var space = name.LastIndexOf(' ');
        return space < 0 ? ("", name) : (name[..space].Trim(), name[(space + 1)..]);
    }

    private static string Surname(string author) => SplitName(author).Surname;

    private static string GivenFirst(string author) =>
        SplitName(author) is var (given, surname) && given.Length > 0 ? $"{given} {surname}" : surname;

    private static string Inverted(string author) =>
        SplitName(author) is var (given, surname) && given.Length > 0 ? $"{surname}, {given}" : surname;

    /// <summary>
    /// The main title without its subtitle, cut to four words, without a leading English article
    /// (CMOS 14.30). A cut English title also loses small words it would end on ("A New Silk Road
    /// for Japan" → "New Silk Road") and the punctuation it was cut at.
    /// </summary>
    private static string ShortTitle(Citation citation)
    {
        var english = IsEnglish(citation);
        var title = citation.Title.Trim();
        var colon = title.IndexOf(": ", StringComparison.Ordinal);
        var words = (colon > 0 ? title[..colon] : title).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (english && words.Count > 1 && IsArticle(words[0]))
        {
            words.RemoveAt(0);
        }

        var cut = words.Count > 4;
        words = words[..Math.Min(4, words.Count)];
        while (cut && english && words.Count > 1 && SmallWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
        }

        var shortTitle = string.Join(' ', words);
        return cut ? shortTitle.TrimEnd(',', ':', ';', '.', '–', '—', '-') : shortTitle;
    }

    private static string WithoutArticle(string text)
    {
        var space = text.IndexOf(' ');
        return space > 0 && IsArticle(text[..space]) ? text[(space + 1)..].TrimStart() : text;
    }

    private static bool IsArticle(string word) => Articles.Contains(word, StringComparer.OrdinalIgnoreCase);

    private static bool IsEnglish(Citation citation) =>
        citation.Language is null || citation.Language.Equals("en", StringComparison.OrdinalIgnoreCase)
        || citation.Language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
}
