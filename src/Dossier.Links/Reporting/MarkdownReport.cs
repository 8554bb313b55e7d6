using Dossier.Links.Audit;
using Dossier.Links.Checking;

namespace Dossier.Links.Reporting;

/// <summary>A Markdown report for a pull-request comment or the weekly issue: a summary, then the problems by verdict.</summary>
public static class MarkdownReport
{
    public static void Write(AuditResult audit, TextWriter output)
    {
        var failing = audit.Findings.Count(audit.Fails);
        output.WriteLine("## Link check");
        output.WriteLine();
        output.WriteLine(failing == 0
            ? $"{audit.Urls} URLs checked ({audit.FromCache} from cache): nothing failing."
            : $"{audit.Urls} URLs checked ({audit.FromCache} from cache): **{failing} failing**.");
        output.WriteLine();
        output.WriteLine("| verdict | citations | body links |");
        output.WriteLine("|---|---:|---:|");
        foreach (var verdict in VerdictOrder.All)
        {
            var citations = audit.Citations.Count(f => f.Verdict == verdict);
            var body = audit.BodyLinks.Count(f => f.Verdict == verdict);
            if (citations + body > 0)
            {
                output.WriteLine($"| {verdict.Name()} | {citations} | {body} |");
            }
        }

        Section(output, "Citations", audit.Citations.ToList());
        Section(output, "Links in article, country and agreement pages", audit.BodyLinks.ToList());
        Drifted(output, audit.Drifted.ToList());
    }

    /// <summary>Quotes still there on pages changed around them: for a reread, not a fix.</summary>
    private static void Drifted(TextWriter output, IReadOnlyList<LinkFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"### Page changed, quote still there ({findings.Count})");
        output.WriteLine();
        output.WriteLine("| document | where | URL | note |");
        output.WriteLine("|---|---|---|---|");
        foreach (var finding in findings)
        {
            output.WriteLine($"| {finding.Target.DocumentId} | `{FindingText.Location(finding)}` | <{finding.Target.Url}> | {Cell(finding.Drift!.Text)} |");
        }
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<LinkFinding> findings)
    {
        var problems = findings.Where(f => f.Verdict != Verdict.Ok).ToList();
        if (problems.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"### {title}");
        foreach (var group in problems.GroupBy(f => f.Verdict).OrderByDescending(g => VerdictOrder.Rank(g.Key)))
        {
            output.WriteLine();
            output.WriteLine($"#### {group.Key.Name()} ({group.Count()})");
            output.WriteLine();
            output.WriteLine("| document | where | URL | reason |");
            output.WriteLine("|---|---|---|---|");
            foreach (var finding in group)
            {
                var reason = Cell(finding.Reason);
                foreach (var suggestion in FindingText.Suggestions(finding))
                {
                    reason += $"<br>suggested: `{Cell(suggestion)}`";
                }

                output.WriteLine($"| {finding.Target.DocumentId} | `{FindingText.Location(finding)}` | <{finding.Target.Url}> | {reason} |");
            }
        }
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
