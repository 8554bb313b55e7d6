using Dossier.Pages;
using Dossier.Search;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>Stage 10: writes the search index the search page loads (<c>search/index.json</c>).</summary>
public static class ComposeSearchIndex
{
    public static GeneratedFile Run(PageContext context) =>
        new(SitePaths.SearchIndex, SearchIndex.JsonOf(context));
}
