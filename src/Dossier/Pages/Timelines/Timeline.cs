using Dossier.Collections;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Pages.Timelines;

/// <summary>
/// A collection's documents on a timeline, from the content graph alone: placed by their dates in order (a partial
/// date by the first day it may stand for, the less precise first), those without a date after them by title.
/// </summary>
public static class Timeline
{
    /// <summary>Dated entries by the first day their date may stand for, a wider date before a narrower one starting that day; undated last.</summary>
    public static IReadOnlyList<TimelineEntry> InOrder(IEnumerable<TimelineEntry> entries) =>
        entries
            .OrderBy(e => e.Placed is null)
            .ThenBy(e => e.Placed?.ToDateOnly())
            .ThenByDescending(e => e.Placed?.LatestDay())
            .ThenBy(e => e.Document.Title, StringComparer.InvariantCultureIgnoreCase)
            .ThenBy(e => e.Document.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>The entries drawn for a page: marks placed along an axis spanning exactly the years they need.</summary>
    /// <param name="namingCountries">
    /// Whether each entry lists the countries it names. Not on a document's own page, which may show only its neighbours'
    /// front matter (a rebuild remakes a page when a neighbour changes, not when a neighbour's neighbour does).
    /// </param>
    public static TimelineView View(ContentGraph graph, IReadOnlyList<TimelineEntry> entries, string page, string id, string heading, bool namingCountries = true)
    {
        var known = entries.SelectMany(KnownSpans);
        var axis = TimelineAxis.Around(known);
        return new TimelineView
        {
            Id = id,
            Heading = heading,
            Range = axis is null ? null : axis.FirstYear == axis.LastYear ? $"{axis.FirstYear}" : $"{axis.FirstYear}–{axis.LastYear}",
            Ticks = axis is null
                ? []
                : axis.LabelledYears().Select(y => new TimelineTickView($"{y}", TimelineAxis.Css(axis.OffsetOf(new DateOnly(y, 1, 1))))).ToList(),
            Rows = axis is null ? [] : entries.Where(e => e.Placed is not null).Select(e => Row(graph, e, page, axis, namingCountries)).ToList(),
            Undated = entries.Where(e => e.Placed is null).Select(e => Row(graph, e, page, axis, namingCountries)).ToList(),
        };
    }

    private static IEnumerable<TimelineSpan> KnownSpans(TimelineEntry entry)
    {
        if (entry.Placed is { } placed)
        {
            yield return TimelineSpan.Of(placed);
        }

        if (entry.Period?.Start is { } start)
        {
            yield return TimelineSpan.Of(start);
        }

        if (entry.Period?.End is { } end)
        {
            yield return TimelineSpan.Of(end);
        }
    }

    private static TimelineRowView Row(ContentGraph graph, TimelineEntry entry, string page, TimelineAxis? axis, bool namingCountries)
    {
        var document = entry.Document;
        var row = new TimelineRowView(SitePaths.Relative(page, SitePaths.Of(document)), document.Title)
        {
            TitleLang = document.Collection.TitleLanguageOf(document),
            Kind = document.Collection.KindLabel,
            Status = entry.Status is { } status ? Labels.Of(status) : null,
            StatusClass = entry.Status,
            Countries = (namingCountries ? entry.Countries : [])
                .Select(c => graph.Parsed.TryGetValue(c, out var parsed) ? parsed.Document : null)
                .OfType<Country>()
                .Select(c => new LinkView(SitePaths.Relative(page, SitePaths.Of(c)), c.Title))
                .ToList(),
        };
        if (axis is null || entry.Placed is not { } placed)
        {
            return row;
        }

        var span = TimelineSpan.Of(placed);
        row = row with
        {
            DateText = DateText.Of(placed),
            DateIso = placed.ToString(),
            Precision = placed.Month is null ? "month and day not given" : placed.Day is null ? "day not given" : null,
            Left = TimelineAxis.Css(axis.OffsetOf(span.First)),
            Width = TimelineAxis.Css(axis.WidthOf(span)),
        };
        if (entry.Period is not { } period)
        {
            return row;
        }

        var covered = TimelineSpan.Of(period, span.First, axis.End);
        return row with
        {
            PeriodText = $"{(period.Start is { } s ? DateText.Of(s) : "…")}–{(period.End is { } e ? DateText.Of(e) : "…")}",
            PeriodLeft = TimelineAxis.Css(axis.OffsetOf(covered.First)),
            PeriodWidth = TimelineAxis.Css(axis.WidthOf(covered)),
            PeriodOpen = period.End is null,
        };
    }
}
