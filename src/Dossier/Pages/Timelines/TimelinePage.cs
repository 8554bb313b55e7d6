using Dossier.Collections;
using Dossier.Content;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages.Timelines;

/// <summary>
/// Composes a collection's timeline page: every placed document, or (with a country) those naming it; links at the top
/// cut it by country, each to a page of its own, so the filter needs no script.
/// </summary>
public static class TimelinePage
{
    public static PageView Compose(PageContext context, CollectionDescriptor collection, Country? country = null)
    {
        var graph = context.Graph;
        var timeline = context.Timelines.Of(collection);
        var all = timeline.Entries;
        var entries = country is null ? all : timeline.Naming(country.Id);
        var page = country is null ? ViewPaths.Timeline(collection) : ViewPaths.Timeline(collection, country.Id);
        var title = country is null ? $"{collection.Plural}: timeline" : $"{collection.Plural} of {country.Title}: timeline";
        var countryFilters = timeline.CountryFilters(page);
        var filters = new List<FilterLinkView>(countryFilters.Count + 1) { new(SitePaths.Relative(page, ViewPaths.Timeline(collection)), "All countries", all.Count, country is null) };
        for (var i = 0; i < countryFilters.Count; i++)
        {
            filters.Add(timeline.Countries[i].Id == country?.Id ? countryFilters[i] with { Current = true } : countryFilters[i]);
        }

        var views = new List<LinkView> { new(SitePaths.Relative(page, collection.IndexPath), $"All {collection.Plural.ToLowerInvariant()}", "by title") };
        if (timeline.HasMatrix)
        {
            views.Add(new LinkView(SitePaths.Relative(page, ViewPaths.Matrix(collection)), "Matrix", "which countries each names"));
        }

        if (country is not null)
        {
            views.Add(new LinkView(SitePaths.Relative(page, SitePaths.Of(country)), country.Title, "the country's page"));
        }

        return new PageView
        {
            Layout = "timeline",
            Path = page,
            Title = title,
            Description = country is null
                ? $"{collection.Plural} in the order they happened: a date known only to its year or month is drawn as wide as that year or month."
                : $"The {collection.Plural.ToLowerInvariant()} that name {country.Title}, in the order they happened.",
            Section = collection.Section,
            Breadcrumbs = country is null
                ? Breadcrumbs.Of(page, collection)
                : [.. Breadcrumbs.Of(page, collection), new LinkView(SitePaths.Relative(page, ViewPaths.Timeline(collection)), "Timeline")],
            Timeline = Timeline.View(graph, entries, page, "timeline", country is null ? "Timeline" : $"Timeline: {country.Title}") with
            {
                Filters = filters.Count > 2 ? filters : [],
                Views = views,
            },
        };
    }
}
