using Dossier.Links.Audit;
using Dossier.Links.Checking;

namespace Dossier.Links.Reporting;

/// <summary>
/// The text report as plain lines that never wrap, for CI logs, pipes and narrow terminals: a heading per verdict
/// (problems first), then one line per finding in the shape of the build's diagnostics —
/// <c>content/citations/x.md:6:6: broken: https://… — DNS failure: … [links]</c> — so every URL and place can be
/// clicked, copied and searched; then the summary line.
/// </summary>
public static class LineReport
{
    public static void Write(AuditResult audit, TextWriter output, TerminalStyle style, bool quiet = false, string pathPrefix = "")
    {
        var shown = audit.Findings.Where(f => !quiet || f.Verdict != Verdict.Ok);
        foreach (var group in shown.GroupBy(f => f.Verdict).OrderByDescending(g => VerdictOrder.Rank(g.Key)))
        {
            output.WriteLine(style.Bold($"{group.Key.Name()} ({group.Count()})"));
            foreach (var finding in group)
            {
                output.WriteLine(Line(audit, finding, style, pathPrefix));
            }
        }

        // Shown with --quiet too: the quote is fine, but someone may want to reread the page.
        var drifted = audit.Drifted.ToList();
        if (drifted.Count > 0)
        {
            output.WriteLine(style.Bold($"{QuoteDrift.Label} ({drifted.Count})"));
            foreach (var finding in drifted)
            {
                output.WriteLine(DriftLine(finding, pathPrefix));
            }
        }

        WriteSummary(audit, output);
    }

    /// <summary><c>path:line:col: info: url — page changed, quote still there: … [links]</c></summary>
    public static string DriftLine(LinkFinding finding, string pathPrefix = "") =>
        $"{Where(finding, pathPrefix)}: info: {finding.Target.Url} — {finding.Drift!.Text} [links]";

    private static string Where(LinkFinding finding, string pathPrefix)
    {
        var span = finding.Target.Span;
        return span.Line > 0 ? $"{FindingText.Path(finding, pathPrefix)}:{span.Line}:{span.Column}" : FindingText.Path(finding, pathPrefix);
    }

    /// <summary><c>path:line:col: verdict: url — reason; suggested url: "…" [links]</c></summary>
    public static string Line(AuditResult audit, LinkFinding finding, TerminalStyle style, string pathPrefix = "")
    {
        var where = Where(finding, pathPrefix);
        var verdict = finding.Verdict.Name();
        verdict = finding.Verdict == Verdict.Ok ? style.Green(verdict) : audit.Fails(finding) ? style.Red(verdict) : style.Yellow(verdict);
        var suggestions = string.Concat(FindingText.Suggestions(finding).Select(s => $"; suggested {s}"));
        return $"{where}: {verdict}: {finding.Target.Url} — {OneLine(finding.Reason)}{suggestions} [links]";
    }

    /// <summary>The summary line: <c>61 URLs (12 from cache) in 4.2 s: 26 ok, 3 redirected, 21 broken, 2 timeout, …</c></summary>
    public static void WriteSummary(AuditResult audit, TextWriter output)
    {
        var counts = Enum.GetValues<Verdict>()
            .Select(v => (Verdict: v, Count: audit.Findings.Count(f => f.Verdict == v)))
            .Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {c.Verdict.Name()}");
        var seconds = audit.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        var drifted = audit.Drifted.Count() is var n and > 0 ? $"; {n} {(n == 1 ? "quote" : "quotes")} on pages changed around them" : "";
        output.WriteLine($"{audit.Urls} URLs ({audit.FromCache} from cache) in {seconds} s: {string.Join(", ", counts.DefaultIfEmpty("nothing to check"))}{drifted}");
    }

    /// <summary>Why the run could not check anything: said once, on standard error, whatever the format.</summary>
    public const string OutageMessage =
        "no host name could be resolved: this machine seems to have no network (or no DNS), so the links could not be checked; the cache was left as it was";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
