using Dossier.Links.Audit;
using Dossier.Links.Targets;

namespace Dossier.Links.Reporting;

/// <summary>The wording shared by every format: where a finding is, and what to change.</summary>
public static class FindingText
{
    /// <summary><c>path:line</c> of the <c>url:</c> key (or the body link), with a prefix when the dossier is not the repository root.</summary>
    public static string Location(LinkFinding finding, string pathPrefix = "") =>
        finding.Target.Span.Line > 0 ? $"{Path(finding, pathPrefix)}:{finding.Target.Span.Line}" : Path(finding, pathPrefix);

    public static string Path(LinkFinding finding, string pathPrefix = "") =>
        pathPrefix.Length == 0 ? finding.Target.Span.Path : $"{pathPrefix.TrimEnd('/')}/{finding.Target.Span.Path}";

    public static string KindName(TargetKind kind) => kind switch
    {
        TargetKind.CitationUrl => "url",
        TargetKind.ArchiveUrl => "archive_url",
        TargetKind.NoteQuote => "quote",
        _ => "link",
    };

    /// <summary>The lines to write into the citation's front matter, if any.</summary>
    public static IEnumerable<string> Suggestions(LinkFinding finding)
    {
        if (finding.SuggestedUrl is { } url)
        {
            yield return $"url: \"{url}\"";
        }

        if (finding.SuggestedArchiveUrl is { } archive)
        {
            yield return $"archive_url: \"{archive}\"";
        }
    }
}
