using Dossier.Links.Audit;
using Dossier.Links.Checking;

namespace Dossier.Links.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error</c> for failing verdicts, <c>::warning</c> for the rest that
/// need a look, nothing for ok links, so problems appear on the lines of the pull request's diff.
/// </summary>
public static class GithubReport
{
    public static void Write(AuditResult audit, TextWriter output, string pathPrefix = "")
    {
        foreach (var finding in audit.Findings.Where(f => f.Verdict != Verdict.Ok))
        {
            var level = audit.Fails(finding) ? "error" : "warning";
            var properties = $"file={Property(FindingText.Path(finding, pathPrefix))}";
            if (finding.Target.Span.Line > 0)
            {
                properties += $",line={finding.Target.Span.Line},col={finding.Target.Span.Column}";
            }

            properties += $",title={Property($"{finding.Verdict.Name()} {FindingText.KindName(finding.Target.Kind)}")}";
            var message = $"{finding.Target.DocumentId}: {finding.Target.Url} — {finding.Reason}";
            foreach (var suggestion in FindingText.Suggestions(finding))
            {
                message += $"\nsuggested: {suggestion}";
            }

            output.WriteLine($"::{level} {properties}::{Data(message)}");
        }

        var failing = audit.Findings.Count(audit.Fails);
        output.WriteLine($"{audit.Urls} URLs checked ({audit.FromCache} from cache): {failing} failing.");
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
