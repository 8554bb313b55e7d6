using Dossier.Content;
using Dossier.Pages;

namespace Dossier.Health;

/// <summary>What a reader is told about a source's link: a short sentence, a CSS class, and the archived copy to offer.</summary>
public sealed record HealthNotice(string Text, string CssClass, string? ArchiveHref)
{
    public static HealthNotice? Of(Citation citation, IReadOnlyDictionary<string, LinkHealth> health)
    {
        if (!health.TryGetValue(citation.Url, out var check))
        {
            return citation.ArchiveUrl is null ? null : new HealthNotice("", "link-unchecked", citation.ArchiveUrl);
        }

        var when = DateText.Of(check.CheckedOn);
        var archive = citation.ArchiveUrl ?? check.ArchiveUrl;
        var quote = check.QuoteVerified == true ? "; quote verified" : "";
        return check.State switch
        {
            LinkState.Ok => new($"Link checked {when}{quote}.", "link-ok", citation.ArchiveUrl),
            LinkState.Moved => new($"Link moved; checked {when}.", "link-moved", archive),
            LinkState.Dead => new($"Dead link (checked {when}).", "link-dead", archive),
            LinkState.QuoteMissing => new($"The page no longer contains the quoted sentence (checked {when}).", "link-quote-missing", archive),
            _ => new($"Link could not be checked automatically (checked {when}).", "link-unverifiable", citation.ArchiveUrl),
        };
    }
}
