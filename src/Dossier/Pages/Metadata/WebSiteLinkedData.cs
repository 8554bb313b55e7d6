using Dossier.Content;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Pages.Metadata;

/// <summary>The dossier as a schema.org <c>WebSite</c>, with its search page as a <c>SearchAction</c> when its address is known.</summary>
public static class WebSiteLinkedData
{
    public static string Of(SiteSettings settings)
    {
        var search = SiteUrls.Of(settings, SitePaths.Search);
        return Write(Thing("WebSite",
            ("name", Text(settings.Title)),
            ("description", Text(settings.Description)),
            ("url", Text(SiteUrls.Of(settings, SitePaths.Home))),
            ("inLanguage", Text(settings.Language)),
            ("potentialAction", search is null ? null : Thing("SearchAction",
                ("target", Text(search + "?q={search_term_string}")),
                ("query-input", Text("required name=search_term_string"))))));
    }
}
