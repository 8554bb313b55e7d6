using Dossier.Links.Archive;
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

        var archives = await QuoteArchivesAsync(targets, results, options.SuggestArchives, cancellationToken).ConfigureAwait(false);
        var findings = targets
            .Select(t => Annotated(LinkFinding.For(t, results[t.Url]), cache, archives))
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

    /// <summary>A found quote gets its drift since the last check; a missing one, the archived copy to read it in.</summary>
    private static LinkFinding Annotated(LinkFinding finding, LinkCache before, IReadOnlyDictionary<string, QuoteArchive> archives)
    {
        if (finding.Verdict == Verdict.QuoteMissing && archives.TryGetValue(finding.Target.Url, out var archive))
        {
            return finding with { Reason = $"{finding.Reason}; {archive.Clause}", Archive = archive };
        }

        return finding.Target.Quote is { } quote && finding.Verdict is Verdict.Ok or Verdict.Redirected
            ? finding with { Drift = QuoteDrift.Of(before, finding.Result, quote) }
            : finding;
    }

    /// <summary>
    /// For each page that no longer holds a quote (or the text its link points to): the source's own archived copy, else
    /// the Wayback copy nearest the day it was read (found this run or earlier, else looked up now when lookups are on).
    /// A copy looked up joins the result, so the cache keeps it and the site can offer it.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, QuoteArchive>> QuoteArchivesAsync(IReadOnlyList<LinkTarget> targets,
        Dictionary<string, LinkResult> results, bool lookUp, CancellationToken cancellationToken)
    {
        var missing = targets
            .Where(t => LinkFinding.For(t, results[t.Url]).Verdict == Verdict.QuoteMissing)
            .GroupBy(t => t.Url, StringComparer.Ordinal)
            .Select(g => (Url: g.Key, Recorded: g.Select(t => t.ArchiveUrl).FirstOrDefault(a => a is not null),
                Near: g.Select(t => t.Accessed).FirstOrDefault(a => a is not null)))
            .ToList();
        var pointers = new Dictionary<string, QuoteArchive>(StringComparer.Ordinal);
        var lookups = new List<Task<(string Url, DateOnly? Near, ArchiveAnswer? Answer)>>();
        foreach (var (url, recorded, near) in missing)
        {
            if (recorded is not null)
            {
                pointers[url] = QuoteArchive.Recorded(recorded);
            }
            else if (results[url].ArchiveUrl is { } found)
            {
                pointers[url] = QuoteArchive.Of(new ArchiveAnswer(found), near);
            }
            else if (lookUp)
            {
                lookups.Add(LookUpAsync(url, near));
            }
        }

        foreach (var (url, near, answer) in await Task.WhenAll(lookups).ConfigureAwait(false))
        {
            if (answer is null)
            {
                continue;
            }

            pointers[url] = QuoteArchive.Of(answer, near);
            if (answer.Url is { } copy)
            {
                results[url] = results[url] with { ArchiveUrl = copy };
            }
        }

        return pointers;

        async Task<(string, DateOnly?, ArchiveAnswer?)> LookUpAsync(string url, DateOnly? near) =>
            (url, near, await checker.LookUpArchivedCopyAsync(url, near, cancellationToken).ConfigureAwait(false));
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
