using Dossier.Content;
using Dossier.Pages.Views;

namespace Dossier.Pages.Timelines;

/// <summary>A country's own slice of every timeline that names it, for its page, each linking to its full page.</summary>
public static class CountrySlices
{
    public static IReadOnlyList<TimelineView> Of(PageContext context, Country country, string page) =>
        context.Timelines.All
            .Where(t => t.Exists)
            .Select(t => (t.Collection, Entries: t.Naming(country.Id)))
            .Where(x => x.Entries.Any(e => e.Placed is not null))
            .Select(x => Timeline.View(context.Graph, x.Entries, page, $"timeline-{x.Collection.Name}", $"{x.Collection.Plural}: timeline", namingCountries: false) with
            {
                Views = [new LinkView(Site.SitePaths.Relative(page, ViewPaths.Timeline(x.Collection, country.Id)), "Open this timeline on its own page")],
            })
            .ToList();
}
