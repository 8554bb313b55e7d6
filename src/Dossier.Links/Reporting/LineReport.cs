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

        WriteSummary(audit, output);
    }

    /// <summary><c>path:line:col: verdict: url — reason; suggested url: "…" [links]</c></summary>
    public static string Line(AuditResult audit, LinkFinding finding, TerminalStyle style, string pathPrefix = "")
    {
        var span = finding.Target.Span;
        var where = span.Line > 0 ? $"{FindingText.Path(finding, pathPrefix)}:{span.Line}:{span.Column}" : FindingText.Path(finding, pathPrefix);
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
        output.WriteLine($"{audit.Urls} URLs ({audit.FromCache} from cache) in {seconds} s: {string.Join(", ", counts.DefaultIfEmpty("nothing to check"))}");
    }

    /// <summary>Why the run could not check anything: said once, on standard error, whatever the format.</summary>
    public const string OutageMessage =
        "no host name could be resolved: this machine seems to have no network (or no DNS), so the links could not be checked; the cache was left as it was";

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
