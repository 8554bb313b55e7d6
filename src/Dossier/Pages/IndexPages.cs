using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes the lists of all articles, countries and agreements.</summary>
public static class IndexPages
{
    public static PageView Articles(PageContext context) =>
        Listing(SitePaths.Articles, "Articles", "articles", "Analysis articles in this dossier.",
            context.Graph.Articles.Select(a => new LinkView(SitePaths.Relative(SitePaths.Articles, SitePaths.Of(a)), a.Title,
                a.Summary is null ? DateText.Of(a.Date) : $"{DateText.Of(a.Date)} — {a.Summary}")));

    public static PageView Countries(PageContext context) =>
        Listing(SitePaths.Countries, "Countries", "countries", "Countries covered by this dossier.",
            context.Graph.Countries.Select(c => new LinkView(SitePaths.Relative(SitePaths.Countries, SitePaths.Of(c)), c.Title, c.Region)));

    public static PageView Agreements(PageContext context) =>
        Listing(SitePaths.Agreements, "Agreements", "agreements", "Treaties, programmes, dialogues and other frameworks.",
            context.Graph.Agreements.Select(a => new LinkView(SitePaths.Relative(SitePaths.Agreements, SitePaths.Of(a)), a.Title,
                a.Signed is { } signed ? $"{Labels.Of(a.Kind)}, {DateText.Of(signed)}" : Labels.Of(a.Kind))));

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
