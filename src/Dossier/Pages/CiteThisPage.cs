using Dossier.Content;
using Dossier.Interchange;
using Dossier.Interchange.BibTeX;
using Dossier.Pages.Metadata;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>
/// How to cite a page of the dossier: the page as a web source (the dossier's title as publisher, its authors and date
/// where it has them, its address from <c>base_url</c>), in the site's citation style and as BibTeX. None without
/// <c>base_url</c>: a reference without an address would not lead back to the page.
/// </summary>
public static class CiteThisPage
{
    /// <param name="date">The article's date, else the page's last revision, else none.</param>
    public static CiteView? Of(PageContext context, ContentDocument document, string page, IReadOnlyList<string> authors, DateOnly? date)
    {
        var settings = context.Graph.Settings;
        if (SiteUrls.Of(settings, page) is not { } url)
        {
            return null;
        }

        var citation = new Citation(document.Id, document.Title, document.Source)
        {
            Type = CitationType.Web,
            Publisher = settings.Title,
            Authors = authors,
            Published = date is { } d ? new PartialDate(d.Year, d.Month, d.Day) : null,
            Url = url,
            Language = document.Collection.TitleLanguageOf(document),
        };
        var entry = InterchangeEntry.Of(citation) with { Accessed = null, Language = citation.Language ?? settings.Language };
        return new CiteView(context.Style.PageEntry(citation).ToHtml(), BibTeXWriter.Write([entry]).TrimEnd('\n'));
    }
}
