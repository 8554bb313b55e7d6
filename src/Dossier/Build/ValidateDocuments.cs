using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// Checks the rules that look at more than one field or more than one file: each collection's own (dates in order,
/// ISO codes unique), and ids unique across all of them. (Single-field rules were checked while reading the front matter.)
/// </summary>
public static class ValidateDocuments
{
    public static void Run(IReadOnlyList<ContentDocument> documents, CollectionSet collections, TimeProvider clock, IDiagnosticSink sink)
    {
        // The latest calendar date anywhere on Earth (UTC+14), so an editor's "today" is never "the future".
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddHours(14));
        var byCollection = documents.ToLookup(d => d.Collection);
        foreach (var collection in collections.All)
        {
            collection.Validate(byCollection[collection].ToList(), today, sink);
        }

        ReportDuplicates(documents, d => d.Id, StringComparer.OrdinalIgnoreCase, sink,
            (d, first) => new Diagnostic(DiagnosticCodes.DuplicateId, Severity.Error, new SourceSpan(d.Source.Path, 1, 1),
                $"the id `{d.Id}` is already used by {first.Source.Path}",
                "ids are unique across all collections (ignoring case); rename one of the files"));
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
}
