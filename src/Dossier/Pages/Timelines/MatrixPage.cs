using Dossier.Collections;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages.Timelines;

/// <summary>
/// Composes a collection's matrix: one row per country, one column per document in timeline order (dated first), a
/// cell saying in words where the country is named ("Party"). The order of the columns is the sort by date.
/// </summary>
public static class MatrixPage
{
    public static PageView Compose(PageContext context, CollectionDescriptor collection)
    {
        var page = ViewPaths.Matrix(collection);
        var timeline = context.Timelines.Of(collection);
        var all = timeline.Entries;
        var countries = timeline.Countries;
        var entries = all.Where(e => countries.Any(c => e.Countries.Contains(c.Id, StringComparer.Ordinal))).ToList();
        var columns = entries.Select(e => new MatrixColumnView(
            SitePaths.Relative(page, SitePaths.Of(e.Document)), e.Document.Title,
            e.Placed is { } placed ? DateText.Of(placed) : null, e.Placed?.ToString())).ToList();
        var rows = countries.Select(c => new MatrixRowView(
            SitePaths.Relative(page, SitePaths.Of(c)), c.Title,
            entries.Select(e => e.Countries.Contains(c.Id, StringComparer.Ordinal)).ToList(),
            entries.Count(e => e.Countries.Contains(c.Id, StringComparer.Ordinal)))).ToList();
        return new PageView
        {
            Layout = "matrix",
            Path = page,
            Title = $"{collection.Plural}: matrix",
            Description = $"Which countries each of the {collection.Plural.ToLowerInvariant()} names, oldest first.",
            Section = collection.Section,
            Breadcrumbs = Breadcrumbs.Of(page, collection),
            Matrix = new MatrixView($"Countries and {collection.Plural.ToLowerInvariant()}, oldest first", collection.CountryMark, columns, rows)
            {
                Views =
                [
                    new LinkView(SitePaths.Relative(page, collection.IndexPath), $"All {collection.Plural.ToLowerInvariant()}", "by title"),
                    new LinkView(SitePaths.Relative(page, ViewPaths.Timeline(collection)), "Timeline", "in the order they happened"),
                ],
            },
        };
    }

}
