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

        var answers = options.SuggestArchives
            ? await LookUpArchivesAsync(targets, results, cancellationToken).ConfigureAwait(false)
            : new Dictionary<string, ArchiveAnswer>(StringComparer.Ordinal);
        var archives = QuoteArchives(targets, results, answers);
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
    /// the Wayback copy nearest the day it was read (found this run or earlier), else why there is none.
    /// </summary>
    private static Dictionary<string, QuoteArchive> QuoteArchives(
        IReadOnlyList<LinkTarget> targets, Dictionary<string, LinkResult> results, IReadOnlyDictionary<string, ArchiveAnswer> answers)
    {
        var pointers = new Dictionary<string, QuoteArchive>(StringComparer.Ordinal);
        foreach (var group in targets.Where(t => IsQuoteMissing(t, results)).GroupBy(t => t.Url, StringComparer.Ordinal))
        {
            var near = NearestDay(group);
            if (group.Select(t => t.ArchiveUrl).FirstOrDefault(a => a is not null) is { } recorded)
            {
                pointers[group.Key] = QuoteArchive.Recorded(recorded);
            }
            else if (results[group.Key].ArchiveUrl is { } found)
            {
                pointers[group.Key] = QuoteArchive.Of(new ArchiveAnswer(found), near);
            }
            else if (answers.TryGetValue(group.Key, out var answer))
            {
                pointers[group.Key] = QuoteArchive.Of(answer, near);
            }
        }

        return pointers;
    }

    /// <summary>
    /// Looks up, once per URL, the archived copy each source needs: a dead, moved, usurped or unfit address without one
    /// (<see cref="LinkTarget.WantsArchive"/>), and a page that no longer holds a quote. A copy found joins the result, so
    /// the cache keeps it and the site can offer it; every answer is kept, to say why there is none.
    /// </summary>
    private async Task<Dictionary<string, ArchiveAnswer>> LookUpArchivesAsync(
        IReadOnlyList<LinkTarget> targets, Dictionary<string, LinkResult> results, CancellationToken cancellationToken)
    {
        var wanted = targets
            .Where(t => results[t.Url].ArchiveUrl is null)
            .GroupBy(t => t.Url, StringComparer.Ordinal)
            // A quote gone from a page whose source records its own copy is read there (see QuoteArchives).
            .Where(g => g.Any(t => t.WantsArchive(results[t.Url].Verdict))
                || (g.All(t => t.ArchiveUrl is null) && g.Any(t => IsQuoteMissing(t, results))))
            .Select(g => (Url: g.Key, Near: NearestDay(g)))
            .ToList();
        var answers = new Dictionary<string, ArchiveAnswer>(StringComparer.Ordinal);
        var found = await Task.WhenAll(wanted.Select(async w =>
            (w.Url, Answer: await checker.LookUpArchivedCopyAsync(w.Url, w.Near, cancellationToken).ConfigureAwait(false)))).ConfigureAwait(false);
        foreach (var (url, answer) in found)
        {
            if (answer is null)
            {
                continue;
            }

            answers[url] = answer;
            if (answer.Url is { } copy)
            {
                results[url] = results[url] with { ArchiveUrl = copy };
            }
        }

        return answers;
    }

    private static bool IsQuoteMissing(LinkTarget target, Dictionary<string, LinkResult> results) =>
        LinkFinding.For(target, results[target.Url]).Verdict == Verdict.QuoteMissing;

    /// <summary>The copy nearest the day the source was read is the one the citation vouches for.</summary>
    private static DateOnly? NearestDay(IEnumerable<LinkTarget> targets) => targets.Select(t => t.Accessed).FirstOrDefault(a => a is not null);
}
