using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Health;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// Links a source's address in a formatted reference as its state allows: a live page directly (to the quoted
/// words, when a note quotes it); a dead one through its archived copy first; a usurped or unfit one never, only
/// its archived copy. What happened is said in words, not by colour.
/// </summary>
public static class SourceAddress
{
    public static FormattedReference Link(FormattedReference reference, Citation citation, AddressState state, string? quote = null)
    {
        var runs = new List<ReferenceRun>(reference.Runs.Count + 3);
        foreach (var run in reference.Runs)
        {
            if (run.Href is null || !string.Equals(run.Href, citation.Url, StringComparison.Ordinal))
            {
                runs.Add(run);
                continue;
            }

            runs.AddRange(Address(run, state, quote));
        }

        return new FormattedReference(runs);
    }

    private static IEnumerable<ReferenceRun> Address(ReferenceRun url, AddressState state, string? quote)
    {
        var archive = state.ArchiveUrl;
        switch (state.Status)
        {
            case UrlStatus.Dead when archive is not null:
                return [new(archive, Href: archive), new(" (archived copy of "), url, new(", now a dead link)")];
            case UrlStatus.Dead:
                return [url, new(" (dead link)")];
            case UrlStatus.Usurped or UrlStatus.Unfit:
                var why = state.Status == UrlStatus.Usurped ? "its domain now belongs to someone else" : "it now serves content unfit to link";
                return archive is not null
                    ? [new(archive, Href: archive), new($" (archived copy of {url.Text}, not linked: {why})")]
                    : [url with { Href = null }, new($" (not linked: {why})")];
            default:
                return [quote is null ? url : url with { Href = TextFragment.Append(url.Href!, quote) }];
        }
    }
}
