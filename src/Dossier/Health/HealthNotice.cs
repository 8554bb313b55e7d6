using Dossier.Content;
using Dossier.Pages;

namespace Dossier.Health;

/// <summary>What a reader is told about a source's link: a short sentence, a CSS class, and the archived copy to offer.</summary>
public sealed record HealthNotice(string Text, string CssClass, string? ArchiveHref)
{
    /// <param name="withQuotes">
    /// Whether to say what became of the quotes looked for on the page: yes for the bibliography and the source's page;
    /// a footnote says it next to each quote instead (<see cref="Pages.QuoteCheckMark"/>).
    /// </param>
    public static HealthNotice? Of(Citation citation, IReadOnlyDictionary<string, LinkHealth> health, bool withQuotes = true)
    {
        if (Recorded(citation, health) is { } recorded)
        {
            return recorded;
        }

        if (!health.TryGetValue(citation.Url, out var check))
        {
            return citation.ArchiveUrl is null ? null : new HealthNotice("", "link-unchecked", citation.ArchiveUrl);
        }

        var when = DateText.Of(check.CheckedOn);
        var archive = citation.ArchiveUrl ?? check.ArchiveUrl;
        var missing = withQuotes ? check.Quotes.Count(q => !q.Value) : 0;
        var quote = !withQuotes ? ""
            : check.QuoteVerified == true ? "; quote verified"
            : missing == 0 ? ""
            : missing == check.Quotes.Count ? $"; {(missing == 1 ? "the quoted passage is" : "the quoted passages are")} no longer on the page"
            : $"; {missing} of {check.Quotes.Count} quoted passages {(missing == 1 ? "is" : "are")} no longer on the page";
        return check.State switch
        {
            LinkState.Ok when missing > 0 => new($"Link checked {when}{quote}.", "link-quote-missing", archive),
            LinkState.Ok => new($"Link checked {when}{quote}.", "link-ok", citation.ArchiveUrl),
            LinkState.Moved when missing > 0 => new($"Link moved; checked {when}{quote}.", "link-quote-missing", archive),
            LinkState.Moved => new($"Link moved; checked {when}.", "link-moved", archive),
            LinkState.Dead => new($"Dead link (checked {when}).", "link-dead", archive),
            LinkState.QuoteMissing => new($"The page no longer contains the quoted sentence (checked {when}).", "link-quote-missing", archive),
            _ => new($"Link could not be checked automatically (checked {when}).", "link-unverifiable", citation.ArchiveUrl),
        };
    }

    /// <summary>A status the source's own file records (<c>url_status</c>) outranks the cache: an editor, or a reviewed
    /// <c>dossier links --write</c>, decided it.</summary>
    private static HealthNotice? Recorded(Citation citation, IReadOnlyDictionary<string, LinkHealth> health)
    {
        var text = citation.UrlStatus switch
        {
            UrlStatus.Dead => "Dead link: the page is gone",
            UrlStatus.Usurped => "Usurped link: the address now belongs to someone else and is not linked",
            UrlStatus.Unfit => "Unfit link: the address now serves content unfit to link and is not linked",
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        var checkedOn = health.TryGetValue(citation.Url, out var check) ? check.CheckedOn : citation.Checked;
        var when = checkedOn is { } day ? $" (checked {DateText.Of(day)})" : "";
        var archive = AddressState.Of(citation, health).ArchiveUrl;
        var css = citation.UrlStatus == UrlStatus.Dead ? "link-dead" : "link-unlinkable";
        return new($"{text}{when}.{(archive is null ? " No archived copy is known." : "")}", css, archive);
    }
}
