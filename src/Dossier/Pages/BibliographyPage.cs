using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>Composes the bibliography: every source in the style's order, each with its anchor and back-links.</summary>
public static class BibliographyPage
{
    public static PageView Compose(PageContext context)
    {
        const string page = SitePaths.Bibliography;
        var entries = context.Graph.Citations
            .Select(c => new BibliographyEntryView(
                c.Id,
                context.CitationForms.EntryHtml(c),
                SitePaths.Relative(page, SitePaths.Of(c)),
                CitedIn.Of(context.Graph, page, c.Id))
            {
                Health = Health.HealthNotice.Of(c, context.LinkHealth),
                Coins = Interchange.Coins.Of(c),
            })
            .ToList();
        return new PageView
        {
            Layout = "bibliography",
            Path = page,
            Title = "Bibliography",
            Description = $"All {entries.Count} sources cited in the dossier, with every place each is cited.",
            Section = "bibliography",
            Breadcrumbs = Breadcrumbs.Home(page),
            Bibliography = entries,
            Downloads = Interchange.BibliographyDownloads.Whole(page),
        };
    }
}
