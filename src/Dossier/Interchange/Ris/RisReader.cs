using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Interchange.Ris;

/// <summary>
/// Reads RIS: records from <c>TY</c> to <c>ER</c>, one <c>TAG  - value</c> per line (a line without a tag continues
/// the value above), repeated <c>AU</c>/<c>A1</c> authors, dates from <c>DA</c>, <c>PY</c> or <c>Y1</c>
/// (<c>2022/04/12/</c>), the access date from <c>Y2</c>. Tags Dossier does not model are kept as unmodelled.
/// </summary>
public static partial class RisReader
{
    private static readonly string[] TitleTags = ["TI", "T1", "CT", "BT"];
    private static readonly string[] PublisherTags = ["T2", "JO", "JF", "JA", "J2", "PB"];
    private static readonly string[] DateTags = ["DA", "PY", "Y1"];
    private static readonly HashSet<string> Modelled = new(StringComparer.Ordinal)
    {
        "TY", "ID", "ER", "AU", "A1", "LA", "UR", "DO", "TT", "Y2", "M3",
    };

    public static IReadOnlyList<InterchangeEntry> Read(string path, string text, IDiagnosticSink sink)
    {
        var entries = new List<InterchangeEntry>();
        var lines = text.Split('\n');
        List<(string Tag, string Value, int Line)>? record = null;
        var recordLine = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').TrimStart('\uFEFF');
            var match = TagLine().Match(line);
            if (!match.Success)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (record is { Count: > 0 })
                {
                    var last = record[^1];
                    record[^1] = last with { Value = (last.Value + " " + line.Trim()).Trim() };
                    continue;
                }

                sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, i + 1, 1),
                    $"`{Excerpt(line)}` is not a RIS line outside a record", "a record starts with `TY  - TYPE` and every line is `XX  - value`"));
                continue;
            }

            var (tag, value) = (match.Groups[1].Value, match.Groups[2].Value.Trim());
            if (tag == "TY")
            {
                if (record is not null)
                {
                    sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, recordLine, 1),
                        "this record has no `ER` before the next `TY`; it is skipped", "end each record with a line `ER  - `"));
                }

                record = [];
                recordLine = i + 1;
            }
            else if (record is null)
            {
                sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, i + 1, 1),
                    $"`{tag}` comes before any `TY`", "a record starts with `TY  - TYPE`"));
                continue;
            }

            if (tag == "ER")
            {
                if (Entry(record, path, recordLine, sink) is { } entry)
                {
                    entries.Add(entry);
                }

                record = null;
                continue;
            }

            record.Add((tag, value, i + 1));
        }

        if (record is not null)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.ImportSyntax, Severity.Error, new SourceSpan(path, recordLine, 1),
                "the file ends inside this record: its `ER` line is missing; it is skipped", "end each record with a line `ER  - `"));
        }

        return entries;
    }

    private static InterchangeEntry? Entry(List<(string Tag, string Value, int Line)> record, string path, int line, IDiagnosticSink sink)
    {
        string? First(params string[] tags) => tags.Select(t => record.FirstOrDefault(f => f.Tag == t && f.Value.Length > 0).Value).FirstOrDefault(v => v is not null);

        var titleTag = TitleTags.FirstOrDefault(t => record.Any(f => f.Tag == t && f.Value.Length > 0));
        var publisherTag = PublisherTags.FirstOrDefault(t => record.Any(f => f.Tag == t && f.Value.Length > 0));
        var dateTag = DateTags.FirstOrDefault(t => record.Any(f => f.Tag == t && f.Value.Length > 0));
        PartialDate? published = null;
        if (dateTag is not null)
        {
            var field = record.First(f => f.Tag == dateTag && f.Value.Length > 0);
            if (!EntryDates.TryParse(field.Value, out var date))
            {
                return Bad(path, field, sink, "the date is written 2022/04/12/ (or 2022, or 2022-04-12)");
            }

            published = date;
        }

        PartialDate? accessed = null;
        if (record.FirstOrDefault(f => f.Tag == "Y2" && f.Value.Length > 0) is { Tag: not null } accessField)
        {
            if (!EntryDates.TryParse(accessField.Value, out var date))
            {
                return Bad(path, accessField, sink, "the access date is written 2024/12/31/ or 2024-12-31");
            }

            accessed = date;
        }

        // The first of each chosen tag is read; the rest (a second title, DA beside PY) stays unmodelled.
        var used = new HashSet<(string, int)>();
        void Use(string? tag)
        {
            if (tag is not null && record.FirstOrDefault(f => f.Tag == tag && f.Value.Length > 0) is { Tag: not null } f)
            {
                used.Add((f.Tag, f.Line));
            }
        }

        Use(titleTag);
        Use(publisherTag);
        Use(dateTag);
        var type = record.FirstOrDefault(f => f.Tag == "TY").Value ?? "";
        var typeOfWork = First("M3");
        var language = First("LA");
        var unmodelled = record
            .Where(f => !used.Contains((f.Tag, f.Line)) && (!Modelled.Contains(f.Tag) || f.Tag == "M3" && RisTypes.Read(type, typeOfWork) != CitationType.Pdf))
            .Where(f => f.Value.Length > 0 && !(DateTags.Contains(f.Tag) && SameYear(f.Value, published)))
            .Select(f => new UnmodelledField(f.Tag, f.Value))
            .ToList();
        return new InterchangeEntry(First("ID") ?? "")
        {
            Type = RisTypes.Read(type, typeOfWork),
            SourceType = type,
            Title = titleTag is null ? "" : First(titleTag)!,
            TitleEn = First("TT"),
            Language = language is null ? null : LanguageNames.TagOf(language) ?? language,
            Publisher = publisherTag is null ? null : First(publisherTag),
            Authors = record.Where(f => f.Tag is "AU" or "A1" && f.Value.Length > 0).Select(f => PersonName.FromInverted(f.Value).Display).ToList(),
            Published = published,
            Url = First("UR"),
            Accessed = accessed,
            ArchiveUrl = null,
            Doi = First("DO"),
            Unmodelled = unmodelled,
            Line = line,
        };
    }

    private static InterchangeEntry? Bad(string path, (string Tag, string Value, int Line) field, IDiagnosticSink sink, string hint)
    {
        sink.Report(new Diagnostic(DiagnosticCodes.ImportDate, Severity.Error, new SourceSpan(path, field.Line, 7),
            $"`{field.Tag}` is not a date: `{field.Value}`; the record is skipped", hint));
        return null;
    }

    /// <summary>A second date tag that agrees with the chosen one (PY 2022 beside DA 2022/04/12) says nothing more.</summary>
    private static bool SameYear(string value, PartialDate? published) =>
        published is { } date && EntryDates.TryParse(value, out var other) && other.Year == date.Year;

    private static string Excerpt(string line) => line.Length > 30 ? line[..30] + "…" : line;

    // "TY  - JOUR": two characters, two spaces (exporters differ: one to three), a hyphen, a space and the value.
    [GeneratedRegex(@"^([A-Z][A-Z0-9])\s{1,3}-(?:\s(.*)|\s*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();
}
