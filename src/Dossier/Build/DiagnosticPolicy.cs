using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// Applies the editors' choices to the warnings: codes silenced in <c>dossier.yml</c> or in one file's
/// <c>silence:</c>, and <c>strict</c> (or <c>--strict</c>), which makes every remaining warning fail the build.
/// Errors can never be silenced.
/// </summary>
public static class DiagnosticPolicy
{
    public static IReadOnlyList<Diagnostic> Apply(
        IReadOnlyList<Diagnostic> diagnostics, SiteSettings settings, IReadOnlyList<ContentDocument> documents, bool strict)
    {
        var silencedInFile = documents
            .Where(d => d.Source.Silenced.Count > 0)
            .GroupBy(d => d.Source.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Source.Silenced, StringComparer.Ordinal);
        return diagnostics
            .Where(d => d.IsError || !(settings.Silenced.Contains(d.Code.Id)
                || (silencedInFile.TryGetValue(d.Span.Path, out var codes) && codes.Contains(d.Code.Id))))
            .Select(d => strict || settings.Strict ? d with { Severity = Severity.Error } : d)
            .ToList();
    }
}
