using System.Globalization;
using Dossier.Content;
using Dossier.Links.Audit;
using Dossier.Links.Checking;
using Dossier.Links.Targets;

namespace Dossier.Links.Writing;

/// <summary>
/// <c>dossier links --write</c>: records in each source's own file what the check found, as InternetArchiveBot does on
/// Wikipedia. A dead source gets <c>url_status: dead</c>; a dead or moved one the archived copy found for it
/// (<c>archive_url</c>) and the day it was checked (<c>checked</c>); a source recorded dead that answers again gets
/// <c>url_status: live</c>. A status an editor chose by hand (<c>usurped</c>, <c>unfit</c>) is never overwritten, and such a
/// source, never linked, gets the archived copy it lacks whatever its address answers.
/// </summary>
public static class SourceStatusWriter
{
    /// <returns>Each file changed (relative path) with the keys written, and each file that could not be edited, with why.</returns>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Refused) Write(string root, AuditResult audit)
    {
        var written = new List<string>();
        var refused = new List<string>();
        foreach (var finding in audit.Findings.Where(f => f.Target.Kind == TargetKind.CitationUrl))
        {
            var values = ValuesFor(finding);
            if (values.Count == 0)
            {
                continue;
            }

            var path = Path.Combine(root, finding.Target.Span.Path);
            var (bytes, error) = FrontMatterEdit.Apply(File.ReadAllBytes(path), values);
            if (error is not null)
            {
                refused.Add($"{finding.Target.Span.Path}: {error}");
            }
            else if (bytes is not null)
            {
                File.WriteAllBytes(path, bytes);
                written.Add($"{finding.Target.Span.Path}: {string.Join(", ", values.Select(v => v.Key))}");
            }
        }

        return (written, refused);
    }

    /// <summary>The keys to record for one source's check; none when there is nothing to say.</summary>
    public static IReadOnlyList<FrontMatterValue> ValuesFor(LinkFinding finding)
    {
        var recorded = finding.Target.RecordedStatus;
        var byHand = recorded is UrlStatus.Usurped or UrlStatus.Unfit;
        var values = new List<FrontMatterValue>();
        switch (finding.Result.Verdict)
        {
            case Verdict.Broken:
                if (!byHand)
                {
                    values.Add(new("url_status", "dead"));
                }

                break;
            case Verdict.Redirected:
                break;
            case Verdict.Ok when recorded == UrlStatus.Dead:
                values.Add(new("url_status", "live"));
                break;
            // A usurped or unfit source is never linked: an archived copy found for it is all its readers can be given.
            default:
                if (!byHand || finding.SuggestedArchiveUrl is null)
                {
                    return [];
                }

                break;
        }

        if (finding.SuggestedArchiveUrl is { } archive)
        {
            values.Add(new("archive_url", archive, YamlQuoting.Double));
        }

        // The day the server gave this answer (a result reused from the cache keeps its own day).
        var checkedOn = DateOnly.FromDateTime(finding.Result.CheckedAt.UtcDateTime);
        values.Add(new("checked", checkedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return values;
    }
}
