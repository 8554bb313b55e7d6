using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes the lists of all articles, countries and agreements.</summary>
public static class IndexPages
{
    public static IEnumerable<PageView> Compose(PageContext context)
    {
        var graph = context.Graph;
        yield return Listing(SitePaths.Articles, "Articles", "articles", "Analysis articles in this dossier.",
            graph.Articles.Select(a => new LinkView(SitePaths.Relative(SitePaths.Articles, SitePaths.Of(a)), a.Title,
                a.Summary is null ? DateText.Of(a.Date) : $"{DateText.Of(a.Date)} — {a.Summary}")));
        yield return Listing(SitePaths.Countries, "Countries", "countries", "Countries covered by this dossier.",
            graph.Countries.Select(c => new LinkView(SitePaths.Relative(SitePaths.Countries, SitePaths.Of(c)), c.Title, c.Region)));
        yield return Listing(SitePaths.Agreements, "Agreements", "agreements", "Treaties, programmes, dialogues and other frameworks.",
            graph.Agreements.Select(a => new LinkView(SitePaths.Relative(SitePaths.Agreements, SitePaths.Of(a)), a.Title,
                a.Signed is { } signed ? $"{Labels.Of(a.Kind)}, {DateText.Of(signed)}" : Labels.Of(a.Kind))));
    }

    private static PageView Listing(string path, string title, string section, string description, IEnumerable<LinkView> items) =>
        new()
        {
            Layout = "listing",
            Path = path,
            Title = title,
            Description = description,
            Section = section,
            Breadcrumbs = Breadcrumbs.Home(path),
            Items = items.ToList(),
        };
}
