using System.Text.Json;
using Dossier.Links.Audit;
using Dossier.Links.Cache;
using Dossier.Links.Checking;

namespace Dossier.Links.Reporting;

/// <summary>The machine-readable report; its shape is documented in the project's README and kept stable.</summary>
public static class JsonReport
{
    public static void Write(AuditResult audit, TextWriter output)
    {
        var report = new
        {
            version = 1,
            summary = new
            {
                urls = audit.Urls,
                from_cache = audit.FromCache,
                findings = audit.Findings.Count,
                failing = audit.Findings.Count(audit.Fails),
                exit_code = audit.ExitCode,
                quotes_on_changed_pages = audit.Drifted.Count(),
                by_verdict = VerdictOrder.All.ToDictionary(v => v.Name(), v => audit.Findings.Count(f => f.Verdict == v)),
            },
            findings = audit.Findings.Select(f => new
            {
                kind = FindingText.KindName(f.Target.Kind),
                document = f.Target.DocumentId,
                source = f.Target.CitedId,
                path = f.Target.Span.Path,
                line = f.Target.Span.Line,
                column = f.Target.Span.Column,
                url = f.Target.Url,
                verdict = f.Verdict.Name(),
                reason = f.Reason,
                fails = audit.Fails(f),
                status = f.Result.Status,
                final_url = f.Result.FinalUrl,
                suggested_url = f.SuggestedUrl,
                suggested_archive_url = f.SuggestedArchiveUrl,
                quote = f.Target.Quote,
                quote_drift = f.Drift is { } drift ? new { note = QuoteDrift.Label, fingerprinted_on = drift.Since, reason = drift.Text } : null,
                archived_copy = f.Archive?.Url,
                checked_at = f.Result.CheckedAt,
                from_cache = f.Result.FromCache,
                attempts = f.Attempts,
                duration_ms = (long)Math.Round(f.Duration.TotalMilliseconds),
            }),
        };
        output.WriteLine(JsonSerializer.Serialize(report, CacheJson.Options));
    }
}
