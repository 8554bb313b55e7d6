using System.Globalization;

namespace Dossier.Pages.Timelines;

/// <summary>
/// The years a timeline spans, whole years from the earliest day shown to the latest, and where a day falls along
/// them as a percentage of the width (so the drawing scales with the page, no script involved).
/// </summary>
public sealed record TimelineAxis(int FirstYear, int LastYear)
{
    public DateOnly Start => new(FirstYear, 1, 1);

    public DateOnly End => new(LastYear, 12, 31);

    /// <summary>The smallest axis holding every span; null when there is none.</summary>
    public static TimelineAxis? Around(IEnumerable<TimelineSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : new TimelineAxis(list.Min(s => s.First.Year), list.Max(s => s.Last.Year));
    }

    /// <summary>How far along the axis a day starts, from 0 to 100.</summary>
    public double OffsetOf(DateOnly day) => 100.0 * (day.DayNumber - Start.DayNumber) / Days;

    /// <summary>How much of the axis a span covers, from its first day's start to its last day's end.</summary>
    public double WidthOf(TimelineSpan span) => 100.0 * (span.Last.DayNumber - span.First.DayNumber + 1) / Days;

    /// <summary>The years to label: every year on a short axis, every 2nd, 5th or 10th on a longer one.</summary>
    public IReadOnlyList<int> LabelledYears()
    {
        var years = LastYear - FirstYear + 1;
        var step = years <= 12 ? 1 : years <= 24 ? 2 : years <= 60 ? 5 : 10;
        return Enumerable.Range(FirstYear, years).Where(y => (y - FirstYear) % step == 0).ToList();
    }

    /// <summary>A percentage as CSS reads it, the same on every machine: <c>12.345%</c>.</summary>
    public static string Css(double percent) => Math.Round(percent, 3).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    private int Days => End.DayNumber - Start.DayNumber + 1;
}
