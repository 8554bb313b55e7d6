using Dossier.Content;

namespace Dossier.Health;

/// <summary>
/// What a source's address leads to, as readers are shown it: the <c>url_status</c> recorded in the source's file
/// first (by an editor, or by <c>dossier links --write</c>), else what the last link check found; and the archived
/// copy to offer, the file's own <c>archive_url</c> before one the checker found.
/// </summary>
public sealed record AddressState(UrlStatus Status, string? ArchiveUrl)
{
    public static AddressState Of(Citation citation, IReadOnlyDictionary<string, LinkHealth> health)
    {
        health.TryGetValue(citation.Url, out var check);
        var status = citation.UrlStatus ?? (check?.State == LinkState.Dead ? UrlStatus.Dead : UrlStatus.Live);
        return new(status, citation.ArchiveUrl ?? check?.ArchiveUrl);
    }
}
