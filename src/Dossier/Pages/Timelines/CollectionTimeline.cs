using System.Collections.Concurrent;
using Dossier.Collections;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages.Timelines;

/// <summary>
/// One collection's timeline as every view reads it: its entries in timeline order, the countries they name (by title)
/// and the entries naming each country. Made once per build; the timeline, matrix, country and home pages all read it.
/// </summary>
public sealed class CollectionTimeline
{
    private readonly Dictionary<string, IReadOnlyList<TimelineEntry>> byCountry;
    private readonly ConcurrentDictionary<int, IReadOnlyList<FilterLinkView>> countryFilters = new();

    private CollectionTimeline(CollectionDescriptor collection, IReadOnlyList<TimelineEntry> entries, IReadOnlyList<Country> countries)
    {
        Collection = collection;
        Entries = entries;
        Countries = countries;
        byCountry = countries.ToDictionary(
            c => c.Id,
            c => (IReadOnlyList<TimelineEntry>)entries.Where(e => e.Countries.Contains(c.Id, StringComparer.Ordinal)).ToList(),
            StringComparer.Ordinal);
    }

    public CollectionDescriptor Collection { get; }

    /// <summary>Every document the descriptor places, in timeline order.</summary>
    public IReadOnlyList<TimelineEntry> Entries { get; }

    /// <summary>The countries the entries name, by title.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Whether the collection has a timeline: at least one of its documents is placed by a date.</summary>
    public bool Exists => Entries.Any(e => e.Placed is not null);

    /// <summary>Whether it has a matrix: a timeline whose documents name countries.</summary>
    public bool HasMatrix => Exists && Countries.Count > 0;

    /// <summary>The entries that name a country, in timeline order.</summary>
    public IReadOnlyList<TimelineEntry> Naming(string countryId) =>
        byCountry.TryGetValue(countryId, out var entries) ? entries : [];

    /// <summary>
    /// A link to each country's slice, in <see cref="Countries"/>' order and none current, as a page at the depth of
    /// <paramref name="fromPage"/> writes it. The timeline and every one of its slices list every country: each depth's
    /// links are made once, not once a page.
    /// </summary>
    public IReadOnlyList<FilterLinkView> CountryFilters(string fromPage) =>
        countryFilters.GetOrAdd(fromPage.AsSpan().Count('/'), static (_, state) =>
        {
            var (timeline, fromPage) = state;
            return [.. timeline.Countries.Select(c => new FilterLinkView(
                SitePaths.Relative(fromPage, ViewPaths.Timeline(timeline.Collection, c.Id)), c.Title, timeline.Naming(c.Id).Count, false))];
        }, (this, fromPage));

    public static CollectionTimeline Of(ContentGraph graph, CollectionDescriptor collection)
    {
        var entries = Timeline.InOrder(graph.ListOf(collection).Select(collection.PlaceOnTimeline).OfType<TimelineEntry>());
        var countries = entries.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal)
            .Select(id => graph.Parsed.TryGetValue(id, out var parsed) ? parsed.Document : null)
            .OfType<Country>()
            .OrderBy(c => c.Title, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        return new CollectionTimeline(collection, entries, countries);
    }
}
