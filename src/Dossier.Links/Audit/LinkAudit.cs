using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Targets;

namespace Dossier.Links.Audit;

/// <summary>
/// One run of <c>dossier links</c>: plans the distinct URLs, reuses fresh cached results, checks the rest,
/// looks up archived copies for dead, moved, usurped or unfit citations, and turns results into per-target findings.
/// </summary>
public sealed class LinkAudit(LinkChecker checker, TimeProvider clock)
{
    /// <summary>The distinct URLs behind the targets, each with every quote cited from it.</summary>
    public static IReadOnlyList<UrlToCheck> Plan(IReadOnlyList<LinkTarget> targets) =>
        targets
            .GroupBy(t => t.Url, StringComparer.Ordinal)
            .Select(g => new UrlToCheck(g.Key, g.Where(t => t.Kind is TargetKind.CitationUrl or TargetKind.NoteQuote && t.Quote is not null)
                .Select(t => t.Quote!)
                .ToHashSet(StringComparer.Ordinal)))
            .ToList();

    public async Task<AuditResult> RunAsync(IReadOnlyList<LinkTarget> targets, LinkCache cache, AuditOptions options,
        IProgress<LinkResult>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        var plan = Plan(targets);
        var now = clock.GetUtcNow();
        var results = new Dictionary<string, LinkResult>(StringComparer.Ordinal);
        var toCheck = new List<UrlToCheck>();
        foreach (var url in plan)
        {
            if (cache.Reusable(url, options.MaxAge, now) is { } cached)
            {
                results[url.Url] = cached;
                progress?.Report(cached);
            }
            else
            {
                toCheck.Add(url);
            }
        }

        foreach (var result in await checker.CheckAsync(toCheck, progress, cancellationToken).ConfigureAwait(false))
        {
            results[result.Url] = result;
        }

        if (options.SuggestArchives)
        {
            await SuggestArchivesAsync(targets, results, cancellationToken).ConfigureAwait(false);
        }

        var findings = targets
            .Select(t => LinkFinding.For(t, results[t.Url]))
            .OrderBy(f => f.Target.Span.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Target.Span.Line)
            .ThenBy(f => f.Target.Span.Column)
            .ToList();
        return new AuditResult(findings, cache.With(results.Values), options.Policy)
        {
            Urls = plan.Count,
            FromCache = plan.Count - toCheck.Count,
            Elapsed = clock.GetElapsedTime(started),
            NoHostResolved = NetworkOutage.NoHostResolved(results.Values),
        };
    }

    private async Task SuggestArchivesAsync(IReadOnlyList<LinkTarget> targets, Dictionary<string, LinkResult> results, CancellationToken cancellationToken)
    {
        var wanted = targets
            .Where(t => results[t.Url] is { ArchiveUrl: null } result && t.WantsArchive(result.Verdict))
            .GroupBy(t => t.Url, StringComparer.Ordinal)
            // The copy nearest the day the source was read is the one the citation vouches for.
            .Select(g => (Url: g.Key, Near: g.Select(t => t.Accessed).FirstOrDefault(a => a is not null)))
            .ToList();
        var found = await Task.WhenAll(wanted.Select(async w => (url: w.Url, copy: await checker.FindArchivedCopyAsync(w.Url, w.Near, cancellationToken).ConfigureAwait(false))))
            .ConfigureAwait(false);
        foreach (var (url, copy) in found)
        {
            if (copy is not null)
            {
                results[url] = results[url] with { ArchiveUrl = copy };
            }
        }
    }
}
