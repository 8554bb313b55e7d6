using System.Globalization;
using Dossier.Collections;
using Dossier.Health;
using Dossier.Pages.Metadata;
using Dossier.Pages.Timelines;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages;

/// <summary>
/// Composes the home page as an overview: the dossier's title and description, the latest articles, the most recent
/// entries of its timelines, what the last link check found of its sources (when there was one), and the ways in with
/// how many documents each collection holds.
/// </summary>
public static class HomePage
{
    private const int LatestCount = 5;

    public static PageView Compose(PageContext context)
    {
        var graph = context.Graph;
        var latest = graph.Articles.Take(LatestCount)
            .Select(a => new LinkView(SitePaths.Relative(SitePaths.Home, SitePaths.Of(a)), a.Title, ArticleCollection.Detail(a)))
            .ToList();
        return new PageView
        {
            Layout = "home",
            Path = SitePaths.Home,
            Title = graph.Settings.Title,
            Description = graph.Settings.Description,
            Items = latest,
            LinkedData = WebSiteLinkedData.Of(graph.Settings),
            Document = new DocumentView
            {
                Kind = "home",
                Title = graph.Settings.Title,
                Lead = graph.Settings.Description,
                Facts = HealthFacts(HealthSummary.Of(graph.Citations, context.LinkHealth)),
                Sections =
                [
                    new SectionView("timeline", "Latest on the timeline", RecentOnTimelines(context)),
                    new SectionView("explore", "Explore the dossier",
                    [
                        .. graph.Collections.All.SelectMany(c => (IEnumerable<LinkView>)
                        [
                            new LinkView(c.IndexPath, c.Plural, c.Count(graph.ListOf(c).Count)),
                            .. context.Timelines.Of(c).Exists ? [new LinkView(ViewPaths.Timeline(c), $"{c.Plural}: timeline", "in the order they happened")] : Array.Empty<LinkView>(),
                            .. context.Timelines.Of(c).HasMatrix ? [new LinkView(ViewPaths.Matrix(c), $"{c.Plural}: matrix", "which countries each names")] : Array.Empty<LinkView>(),
                        ]),
                        new LinkView(SitePaths.Search, "Search", "titles, text, sources and places"),
                    ]),
                ],
            },
        };
    }

    /// <summary>The most recent dated entries of every timeline, newest first, each with its kind and date.</summary>
    private static IReadOnlyList<LinkView> RecentOnTimelines(PageContext context)
    {
        return context.Timelines.All
            .SelectMany(t => t.Entries)
            .Where(e => e.Placed is not null)
            .OrderByDescending(e => e.Placed!.Value.LatestDay())
            .ThenBy(e => e.Document.Title, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(e => e.Document.Id, StringComparer.Ordinal)
            .Take(LatestCount)
            .Select(e => new LinkView(SitePaths.Of(e.Document), e.Document.Title, $"{e.Document.Collection.KindLabel}, {DateText.Of(e.Placed!.Value)}"))
            .ToList();
    }

    /// <summary>The sources' health as facts ("Links checked: 9 of 10"), empty without a link check.</summary>
    private static IReadOnlyList<FactView> HealthFacts(HealthSummary? summary)
    {
        if (summary is null)
        {
            return [];
        }

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var facts = new List<FactView>
        {
            FactView.Of("Links checked", $"{N(summary.Checked)} of {N(summary.Sources)} sources, last on {DateText.Of(summary.LastChecked)}"),
            FactView.Of("Working", N(summary.Working)),
            FactView.Of("Dead", N(summary.Dead)),
        };
        if (summary.Moved > 0)
        {
            facts.Add(FactView.Of("Moved", N(summary.Moved)));
        }

        if (summary.Unverifiable > 0)
        {
            facts.Add(FactView.Of("Not checkable automatically", N(summary.Unverifiable)));
        }

        facts.Add(FactView.Of("Quotes verified", N(summary.QuotesVerified)));
        return facts;
    }
}
