using System.Text.RegularExpressions;
using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// Stage 4: the rules that look at more than one field or more than one file: dates in order,
/// ids and ISO codes unique. (Single-field rules were checked while reading the front matter.)
/// </summary>
public static partial class ValidateDocuments
{
    public static void Run(IReadOnlyList<ContentDocument> documents, TimeProvider clock, IDiagnosticSink sink)
    {
        // The latest calendar date anywhere on Earth (UTC+14), so an editor's "today" is never "the future".
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
        foreach (var document in documents)
        {
            switch (document)
            {
                case Citation citation:
                    CheckAccessed(citation, today, sink);
                    break;
                case Agreement agreement:
                    CheckPeriod(agreement, sink);
                    break;
                case Country country:
                    CheckIso3(country, sink);
                    break;
            }
        }

        ReportDuplicates(documents, d => d.Id, StringComparer.OrdinalIgnoreCase, sink,
            (d, first) => new Diagnostic(DiagnosticCodes.DuplicateId, Severity.Error, new SourceSpan(d.Source.Path, 1, 1),
                $"the id `{d.Id}` is already used by {first.Source.Path}",
                "ids are unique across all collections (ignoring case); rename one of the files"));
        ReportDuplicates(documents.OfType<Country>().Where(c => c.Iso3.Length > 0).ToList(), c => c.Iso3, StringComparer.OrdinalIgnoreCase, sink,
            (c, first) => new Diagnostic(DiagnosticCodes.DuplicateIso3, Severity.Error, c.Source.SpanOf("iso3"),
                $"the ISO code `{c.Iso3}` is already used by {first.Source.Path}"));
    }

    private static void CheckAccessed(Citation citation, DateOnly today, IDiagnosticSink sink)
    {
        if (citation.Accessed == default)
        {
            return;
        }

        var span = citation.Source.SpanOf("accessed");
        if (citation.Accessed > today)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.AccessedInFuture, Severity.Error, span,
                $"`accessed` is in the future: {citation.Accessed:yyyy-MM-dd}", "write the date you last opened the source"));
        }

        if (citation.Published is { } published && citation.Accessed < published.ToDateOnly())
        {
            sink.Report(new Diagnostic(DiagnosticCodes.AccessedBeforePublished, Severity.Error, span,
                $"`accessed` ({citation.Accessed:yyyy-MM-dd}) is before `published` ({published})",
                "a source cannot be read before it was published; check both dates"));
        }
    }

    private static void CheckPeriod(Agreement agreement, IDiagnosticSink sink)
    {
        if (agreement.Period is { Start: { } start, End: { } end } && start.ToDateOnly() > end.LatestDay())
        {
            sink.Report(new Diagnostic(DiagnosticCodes.PeriodReversed, Severity.Error, agreement.Source.SpanOf("period"),
                $"the period ends ({end}) before it starts ({start})", "swap `start` and `end`"));
        }
    }

    private static void CheckIso3(Country country, IDiagnosticSink sink)
    {
        if (country.Iso3.Length > 0 && !Iso3Pattern().IsMatch(country.Iso3))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.InvalidValue, Severity.Error, country.Source.SpanOf("iso3"),
                $"`iso3` must be three capital letters (ISO 3166-1 alpha-3), not `{country.Iso3}`", "e.g. `KAZ` for Kazakhstan"));
        }
    }

    private static void ReportDuplicates<T>(
        IReadOnlyList<T> items, Func<T, string> key, StringComparer comparer, IDiagnosticSink sink, Func<T, T, Diagnostic> describe)
    {
        var first = new Dictionary<string, T>(comparer);
        foreach (var item in items)
        {
            if (!first.TryAdd(key(item), item))
            {
                sink.Report(describe(item, first[key(item)]));
            }
        }
    }

    [GeneratedRegex("^[A-Z]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso3Pattern();
}
