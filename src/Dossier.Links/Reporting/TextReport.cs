using Dossier.Links.Audit;
using Dossier.Links.Checking;
using Spectre.Console;

namespace Dossier.Links.Reporting;

/// <summary>
/// The report as tables on a terminal wide enough for them: one table per verdict (problems first), citations and
/// body links apart. The summary line is <see cref="LineReport.WriteSummary"/>'s; where the tables would wrap a
/// URL or a place, <see cref="LineReport"/> prints the findings instead.
/// </summary>
public static class TextReport
{
    /// <summary>The table's borders and padding: four columns, each padded by one space on either side, five rules.</summary>
    private const int Frame = 4 * 2 + 5;

    public static void Write(AuditResult audit, IAnsiConsole console, bool quiet = false)
    {
        var shown = audit.Findings.Where(f => !quiet || f.Verdict != Verdict.Ok).ToList();
        Section(console, "Citations", audit, shown.Where(f => f.Target.IsCitation).ToList());
        Section(console, "Links in article, country and agreement pages", audit, shown.Where(f => f.Target.Kind == Targets.TargetKind.BodyLink).ToList());
        Drifted(console, audit.Drifted.ToList());
    }

    /// <summary>Quotes still there on pages changed around them, apart from the verdicts: they fail nothing.</summary>
    private static void Drifted(IAnsiConsole console, IReadOnlyList<LinkFinding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[blue]{Markup.Escape(QuoteDrift.Label)}[/] ({findings.Count})")
            .AddColumn("Document")
            .AddColumn("Where")
            .AddColumn("URL")
            .AddColumn("Note");
        foreach (var finding in findings)
        {
            table.AddRow(Markup.Escape(finding.Target.DocumentId), Markup.Escape(FindingText.Location(finding)),
                Markup.Escape(finding.Target.Url), Markup.Escape(finding.Drift!.Text));
        }

        console.Write(table);
    }

    /// <summary>Whether the tables fit in <paramref name="width"/> columns without wrapping any cell (each column as wide as its widest cell).</summary>
    public static bool Fits(AuditResult audit, int width)
    {
        if (audit.Findings.Count == 0)
        {
            return true;
        }

        int Widest(Func<LinkFinding, int> cell) => audit.Findings.Max(cell);
        return Frame
            + Widest(f => f.Target.DocumentId.Length)
            + Widest(f => FindingText.Location(f).Length)
            + Widest(f => f.Target.Url.Length)
            + Widest(f => f.Reason.Split('\n').Concat(FindingText.Suggestions(f)).Append(f.Drift?.Text ?? "").Max(line => line.Length))
            <= width;
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
