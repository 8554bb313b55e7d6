using Dossier.Content;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>A link to a source's own page, showing its title (in its language) and publisher.</summary>
public static class SourceLinks
{
    public static LinkView Of(string fromPage, Citation citation) =>
        new(SitePaths.Relative(fromPage, SitePaths.Of(citation)), citation.Title, citation.Publisher, citation.Language);
}
