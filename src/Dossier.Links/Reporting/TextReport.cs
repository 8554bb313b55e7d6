using Dossier.Links.Audit;
using Dossier.Links.Checking;
using Spectre.Console;

namespace Dossier.Links.Reporting;

/// <summary>The terminal report: one table per verdict (problems first), citations and body links apart, then a summary line.</summary>
public static class TextReport
{
    public static void Write(AuditResult audit, IAnsiConsole console)
    {
        Section(console, "Citations", audit, audit.Citations.ToList());
        Section(console, "Links in article, country and agreement pages", audit, audit.BodyLinks.ToList());

        var counts = VerdictOrder.All
            .Select(v => (Verdict: v, Count: audit.Findings.Count(f => f.Verdict == v)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {c.Verdict.Name()}");
        var failing = audit.Findings.Count(audit.Fails);
        console.MarkupLine($"{audit.Urls} URLs ({audit.FromCache} from cache): {Markup.Escape(string.Join(", ", counts))}.");
        console.MarkupLine(failing == 0 ? "[green]Nothing failing.[/]" : $"[red]{failing} failing.[/]");
    }

    private static void Section(IAnsiConsole console, string title, AuditResult audit, IReadOnlyList<LinkFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]") { Justification = Justify.Left });
        foreach (var group in findings.GroupBy(f => f.Verdict).OrderByDescending(g => VerdictOrder.Rank(g.Key)))
        {
            var colour = group.Key == Verdict.Ok ? "green" : audit.Policy.Fails(group.Key) ? "red" : "yellow";
            var table = new Table()
                .Border(TableBorder.Rounded)
                .Title($"[{colour}]{group.Key.Name()}[/] ({group.Count()})")
                .AddColumn("Document")
                .AddColumn("Where")
                .AddColumn("URL")
                .AddColumn("Reason");
            foreach (var finding in group)
            {
                var reason = Markup.Escape(finding.Reason);
                foreach (var suggestion in FindingText.Suggestions(finding))
                {
                    reason += $"\n[blue]{Markup.Escape(suggestion)}[/]";
                }

                table.AddRow(
                    Markup.Escape(finding.Target.DocumentId),
                    Markup.Escape(FindingText.Location(finding)),
                    Markup.Escape(finding.Target.Url),
                    reason);
            }

            console.Write(table);
        }
    }
}
