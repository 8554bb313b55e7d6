using System.Globalization;

namespace Dossier.Content;

/// <summary>A date known to the year, the month or the day: <c>1997</c>, <c>2022-12</c>, <c>2024-12-31</c>.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public bool IsFullDate => Day is not null;

    /// <summary>Parses ISO 8601 forms only; anything else (e.g. <c>12.31.2024</c>) is rejected.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        // Split in place: every date of every file is parsed here. A fourth range means more than three parts.
        var span = text.AsSpan();
        Span<Range> parts = stackalloc Range[4];
        var count = span.Split(parts, '-');
        if (count > 3)
        {
            return false;
        }

        if (!TryNumber(span[parts[0]], 4, out var year) || year < 1)
        {
            return false;
        }

        if (count == 1)
        {
            date = new PartialDate(year);
            return true;
        }

        if (!TryNumber(span[parts[1]], 2, out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (count == 2)
        {
            date = new PartialDate(year, month);
            return true;
        }

        if (!TryNumber(span[parts[2]], 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    public DateOnly ToDateOnly() => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this partial date could stand for, so "2024" is not before "2024-06-01".</summary>
    public DateOnly LatestDay()
    {
        var month = Month ?? 12;
        return new DateOnly(Year, month, Day ?? DateTime.DaysInMonth(Year, month));
    }

    public int CompareTo(PartialDate other) => ToDateOnly().CompareTo(other.ToDateOnly());

    public override string ToString() => (Month, Day) switch
    {
        (null, _) => Year.ToString("D4", CultureInfo.InvariantCulture),
        (_, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static bool TryNumber(ReadOnlySpan<char> text, int digits, out int value)
    {
        value = 0;
        if (text.Length != digits || text.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        value = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }
}
