using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Interchange.BibTeX;

/// <summary>
/// Reads a BibTeX or biblatex file (as Zotero and Better BibTeX export it) into entries: LaTeX decoded to Unicode,
/// authors split on <c>and</c>, dates from <c>date</c> or <c>year</c>/<c>month</c>/<c>day</c>, the publisher from the
/// field the entry's type uses. Every other field is kept as unmodelled.
/// </summary>
public static partial class BibTeXReader
{
    // Fields whose value is not LaTeX text (biblatex reads them verbatim).
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal) { "url", "doi", "file", "eprint", "archiveurl", "urldate", "date" };

    // Where the publisher may be, most specific first.
    private static readonly string[] PublisherFields = ["journaltitle", "journal", "booktitle", "maintitle", "institution", "organization", "publisher", "howpublished"];

    // Fields read into the entry itself (everything else is unmodelled).
    private static readonly HashSet<string> Modelled = new(StringComparer.Ordinal)
    {
        "title", "titleaddon", "langid", "language", "author", "date", "year", "month", "day", "urldate", "url", "doi", "archiveurl",
        "entrysubtype", "type",
    };

    public static IReadOnlyList<InterchangeEntry> Read(string path, string text, IDiagnosticSink sink)
    {
        var (records, positions) = BibTeXParser.Parse(path, text, sink);
        var entries = new List<InterchangeEntry>(records.Count);
        foreach (var record in records)
        {
            if (Entry(record, positions, sink) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static InterchangeEntry? Entry(BibTeXRecord record, TextPositions positions, IDiagnosticSink sink)
    {
        var fields = new Dictionary<string, BibTeXField>(StringComparer.Ordinal);
        var repeated = new List<BibTeXField>();
        foreach (var field in record.Fields)
        {
            if (!fields.TryAdd(field.Name, field))
            {
                repeated.Add(field);
            }
        }

        string? Text(string name) => fields.TryGetValue(name, out var f) ? Value(f) is { Length: > 0 } v ? v : null : null;

        var howPublished = Text("howpublished");
        var publisherField = PublisherFields.FirstOrDefault(f => Text(f) is { } v && !v.StartsWith("http", StringComparison.Ordinal));
        var url = Text("url") ?? UrlIn(fields.TryGetValue("howpublished", out var hp) ? hp.Value : null);
        var dateOk = TryDate(fields, positions, sink, out var published);
        var accessedOk = TryAccessed(fields, positions, sink, out var accessed);
        if (!dateOk || !accessedOk)
        {
            return null;
        }

        var unmodelled = record.Fields.Where(f => !Modelled.Contains(f.Name) && f.Name != publisherField && !(url is not null && f.Name == "howpublished" && UrlIn(f.Value) is not null))
            .Concat(repeated.Where(f => Modelled.Contains(f.Name)))
            .Select(f => new UnmodelledField(f.Name, Value(f)))
            .ToList();
        if (fields.TryGetValue("type", out var typeField) && !string.Equals(Text("type"), BibTeXTypes.GovernmentReport, StringComparison.OrdinalIgnoreCase))
        {
            unmodelled.Add(new UnmodelledField("type", Value(typeField)));
        }

        var language = Text("langid") ?? Text("language");
        return new InterchangeEntry(record.Key)
        {
            Type = BibTeXTypes.Read(record.Type, Text("entrysubtype")?.ToLowerInvariant(), Text("type"), howPublished),
            SourceType = "@" + record.Type,
            Title = Text("title") ?? "",
            TitleEn = Text("titleaddon") is { } addon ? addon.TrimStart('[').TrimEnd(']').Trim() : null,
            Language = language is null ? null : LanguageNames.TagOf(language) ?? language,
            Publisher = publisherField is null ? null : Text(publisherField),
            Authors = fields.TryGetValue("author", out var author) ? Authors(author.Value) : [],
            Published = published,
            Url = url,
            Accessed = accessed,
            ArchiveUrl = Text("archiveurl"),
            Doi = Text("doi"),
            Unmodelled = unmodelled,
            Line = positions.LineOf(record.Offset),
        };
    }

    private static string Value(BibTeXField field) =>
        Verbatim.Contains(field.Name) ? field.Value.Trim() : LatexText.Decode(field.Value);

    /// <summary><c>Family, Given and {Organisation} and Given Family</c>: split on <c>and</c> outside braces.</summary>
    public static IReadOnlyList<string> Authors(string latex)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < latex.Length; i++)
        {
            depth += latex[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && i + 5 <= latex.Length && char.IsWhiteSpace(latex[i]) && IsAnd(latex, i + 1))
            {
                names.Add(latex[start..i]);
                start = i + 4;
                i += 3;
            }
        }

        names.Add(latex[start..]);
        return names.Select(n => n.Trim()).Where(n => n.Length > 0).Select(Name).Where(n => n.Length > 0).ToList();
    }

    private static bool IsAnd(string s, int i) =>
        i + 4 <= s.Length && string.Compare(s, i, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(s[i + 3]);

    private static string Name(string latex)
    {
        // A name wholly in braces is kept as written (an organisation); else "Family, Given" is turned around.
        if (latex.StartsWith('{') && latex.EndsWith('}') && Balanced(latex[1..^1]))
        {
            return LatexText.Decode(latex);
        }

        return PersonName.FromInverted(LatexText.Decode(latex)).Display;
    }

    private static bool Balanced(string s)
    {
        var depth = 0;
        foreach (var c in s)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static bool TryDate(Dictionary<string, BibTeXField> fields, TextPositions positions, IDiagnosticSink sink, out PartialDate? date)
    {
        date = null;
        if (fields.TryGetValue("date", out var iso) && iso.Value.Trim().Length > 0)
        {
            // biblatex ranges (2022-04/2022-05) are dated by their start.
            var start = iso.Value.Split('/')[0];
            if (!EntryDates.TryParse(start, out var parsed))
            {
                return Bad(iso, positions, sink, "date", "biblatex dates are written 2022-04-12, 2022-04 or 2022");
            }

            date = parsed;
            return true;
        }

        if (!fields.TryGetValue("year", out var yearField))
        {
            return true;
        }

        var year = LatexText.Decode(yearField.Value);
        if (!YearPattern().IsMatch(year))
        {
            return Bad(yearField, positions, sink, "year", "a year is four digits, e.g. year = {2022}");
        }

        int? month = null;
        if (fields.TryGetValue("month", out var monthField))
        {
            month = EntryDates.MonthOf(LatexText.Decode(monthField.Value));
            if (month is null)
            {
                return Bad(monthField, positions, sink, "month", "write the month as a number (4) or a month macro (apr)");
            }
        }

        var text = month is null ? year : $"{year}-{month:D2}";
        if (month is not null && fields.TryGetValue("day", out var dayField))
        {
            text += "-" + LatexText.Decode(dayField.Value).PadLeft(2, '0');
        }

        if (!PartialDate.TryParse(text, out var result))
        {
            return Bad(fields.GetValueOrDefault("day") ?? yearField, positions, sink, "day", "the day must exist in that month");
        }

        date = result;
        return true;
    }

    private static bool TryAccessed(Dictionary<string, BibTeXField> fields, TextPositions positions, IDiagnosticSink sink, out PartialDate? accessed)
    {
        accessed = null;
        if (!fields.TryGetValue("urldate", out var field) || field.Value.Trim().Length == 0)
        {
            return true;
        }

        if (!EntryDates.TryParse(field.Value, out var parsed))
        {
            return Bad(field, positions, sink, "urldate", "the access date is written 2024-12-31");
        }

        accessed = parsed;
        return true;
    }

    private static bool Bad(BibTeXField field, TextPositions positions, IDiagnosticSink sink, string name, string hint)
    {
        sink.Report(new Diagnostic(DiagnosticCodes.ImportDate, Severity.Error, positions.SpanAt(field.Offset),
            $"`{name}` is not a date: `{field.Value.Trim()}`; the entry is skipped", hint));
        return false;
    }

    /// <summary>The address in <c>\url{…}</c>, as Zotero's plain BibTeX writes it in <c>howpublished</c>.</summary>
    private static string? UrlIn(string? latex) =>
        latex is not null && UrlCommand().Match(latex) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"\\url\{([^{}]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCommand();
}
