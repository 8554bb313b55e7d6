using CsCheck;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Pages.Timelines;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Timelines;

/// <summary>Partial dates are placed honestly: a year-only date spans its year, a month-only date its month.</summary>
public sealed class TimelinePlacementTests
{
    [Theory]
    [InlineData("1997", "1997-01-01", "1997-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02", "2023-02-01", "2023-02-28")]
    [InlineData("2022-12", "2022-12-01", "2022-12-31")]
    [InlineData("2024-06-15", "2024-06-15", "2024-06-15")]
    public void A_date_spans_every_day_it_may_stand_for(string written, string first, string last)
    {
        // Given a date as an editor writes it
        Assert.True(PartialDate.TryParse(written, out var date));

        // When it is placed
        var span = TimelineSpan.Of(date);

        // Then it covers exactly the days it may mean
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), span.First);
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), span.Last);
        Assert.Equal(date.Day is not null, span.IsDay);
    }

    [Fact]
    public void A_year_only_date_is_drawn_as_wide_as_its_year_and_where_the_year_is()
    {
        // Given an axis of ten years
        var axis = new TimelineAxis(2000, 2009);

        // When 2004 is placed on it
        var span = TimelineSpan.Of(new PartialDate(2004));

        // Then it starts where 2004 starts and ends where 2005 starts
        Assert.Equal(axis.OffsetOf(new DateOnly(2004, 1, 1)), axis.OffsetOf(span.First));
        Assert.Equal(axis.OffsetOf(new DateOnly(2005, 1, 1)), axis.OffsetOf(span.First) + axis.WidthOf(span), 9);
        // 2000–2003 are 1,461 days of the axis' 3,653 (2000, 2004 and 2008 are leap years); 2004 is 366 of them.
        Assert.Equal("39.995%", TimelineAxis.Css(axis.OffsetOf(span.First)));
        Assert.Equal("10.019%", TimelineAxis.Css(axis.WidthOf(span)));
    }

    [Fact]
    public void An_open_period_runs_to_the_end_of_the_axis()
    {
        var axis = new TimelineAxis(2020, 2025);
        var span = TimelineSpan.Of(new Period(new PartialDate(2023), null), axis.Start, axis.End);
        Assert.Equal(new DateOnly(2023, 1, 1), span.First);
        Assert.Equal(100.0, axis.OffsetOf(span.First) + axis.WidthOf(span), 9);
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Every_full_date_a_partial_date_may_mean_lies_inside_its_span()
    {
        Gen.Date.Where(d => d.Year >= 1 && d.Year < 9999).Sample(d =>
        {
            var day = DateOnly.FromDateTime(d);
            foreach (var partial in new[] { new PartialDate(d.Year), new PartialDate(d.Year, d.Month), new PartialDate(d.Year, d.Month, d.Day) })
            {
                var span = TimelineSpan.Of(partial);
                Assert.InRange(day, span.First, span.Last);
            }
        }, iter: FuzzScale.Of(2000));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void The_months_of_a_year_tile_its_span_on_any_axis()
    {
        Gen.Int[1900, 2100].Select(Gen.Int[0, 30]).Sample((year, more) =>
        {
            var axis = new TimelineAxis(year, year + more);
            var months = Enumerable.Range(1, 12).Select(m => TimelineSpan.Of(new PartialDate(year, m))).ToList();
            var whole = TimelineSpan.Of(new PartialDate(year));
            Assert.Equal(axis.WidthOf(whole), months.Sum(axis.WidthOf), 9);
            for (var m = 1; m < 12; m++)
            {
                Assert.Equal(axis.OffsetOf(months[m - 1].First) + axis.WidthOf(months[m - 1]), axis.OffsetOf(months[m].First), 9);
            }
        }, iter: FuzzScale.Of(500));
    }

    [Fact]
    public void Entries_are_ordered_by_their_first_possible_day_wider_dates_first_and_undated_last()
    {
        // Given entries written in no order
        var entries = new[]
        {
            Entry("undated", null),
            Entry("day", new PartialDate(2022, 3, 15)),
            Entry("month", new PartialDate(2022, 3)),
            Entry("year", new PartialDate(2022)),
            Entry("earlier", new PartialDate(2021, 12, 31)),
        };

        // When they are put in timeline order
        var order = Timeline.InOrder(entries).Select(e => e.Document.Id);

        // Then a year before its months, a month before its days, and the undated at the end
        Assert.Equal(["earlier", "year", "month", "day", "undated"], order);
    }

    private static TimelineEntry Entry(string id, PartialDate? when) =>
        new(new Agreement(id, id, new DocumentSource($"content/agreements/{id}.md", "", 1, new Dictionary<string, SourceSpan>())), when);
}
