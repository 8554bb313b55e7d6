using Dossier.Content;

namespace Dossier.Pages.Timelines;

/// <summary>
/// The days a date may stand for, first and last included: a full date is one day, a month-only date its whole month,
/// a year-only date its whole year. Drawing the whole span is how a timeline stays honest about what is not known.
/// </summary>
public readonly record struct TimelineSpan(DateOnly First, DateOnly Last)
{
    public static TimelineSpan Of(PartialDate date) => new(date.ToDateOnly(), date.LatestDay());

    /// <summary>
    /// A period from the first day its start may stand for to the last day its end may; an open end runs to
    /// <paramref name="openEnd"/> (the end of the timeline) and an open start from <paramref name="openStart"/>.
    /// </summary>
    public static TimelineSpan Of(Period period, DateOnly openStart, DateOnly openEnd) =>
        new(period.Start?.ToDateOnly() ?? openStart, period.End?.LatestDay() ?? openEnd);

    /// <summary>Whether the span is a single known day.</summary>
    public bool IsDay => First == Last;
}
