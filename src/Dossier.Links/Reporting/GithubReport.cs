using System.Globalization;
using Dossier.Diagnostics;
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
            var properties = Properties(finding, pathPrefix, $"{finding.Verdict.Name()} {FindingText.KindName(finding.Target.Kind)}");
            var message = $"{finding.Target.DocumentId}: {finding.Target.Url} — {finding.Reason}";
            foreach (var suggestion in FindingText.Suggestions(finding))
            {
                message += $"\nsuggested: {suggestion}";
            }

            output.WriteLine(WorkflowCommand.Of(level, properties, message));
        }

        foreach (var finding in audit.Drifted)
        {
            output.WriteLine(WorkflowCommand.Of("notice", Properties(finding, pathPrefix, QuoteDrift.Label),
                $"{finding.Target.DocumentId}: {finding.Target.Url} — {finding.Drift!.Text}"));
        }

        var failing = audit.Findings.Count(audit.Fails);
        output.WriteLine($"{audit.Urls} URLs checked ({audit.FromCache} from cache): {failing} failing.");
    }

    private static List<(string, string)> Properties(LinkFinding finding, string pathPrefix, string title)
    {
        var properties = new List<(string, string)> { ("file", FindingText.Path(finding, pathPrefix)) };
        if (finding.Target.Span.Line > 0)
        {
            properties.Add(("line", finding.Target.Span.Line.ToString(CultureInfo.InvariantCulture)));
            properties.Add(("col", finding.Target.Span.Column.ToString(CultureInfo.InvariantCulture)));
        }

        properties.Add(("title", title));
        return properties;
    }
}
