using System.Globalization;
using Dossier.Content;

namespace Dossier.Interchange;

/// <summary>Dates as the formats write them: ISO (<c>2022-04-12</c>, <c>2022-04</c>, <c>2022</c>, a time after it ignored) or with slashes (<c>2022/04/12/</c>).</summary>
public static class EntryDates
{
    private static readonly string[] MonthNames =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A partial date from ISO or slash form; empty parts after the year (<c>2022//</c>) are left out.</summary>
    public static bool TryParse(string text, out PartialDate date)
    {
        date = default;
        var value = text.Trim();
        var time = value.IndexOf('T', StringComparison.Ordinal);
        if (time > 0)
        {
            value = value[..time];
        }

        var parts = value.Split('-', '/').Select(p => p.Trim()).ToList();
        // RIS writes year/month/day/other: the fourth part is free text; empty parts mean unknown.
        if (parts.Count == 4)
        {
            parts.RemoveAt(3);
        }

        while (parts.Count > 1 && parts[^1].Length == 0)
        {
            parts.RemoveAt(parts.Count - 1);
        }

        if (parts.Count is 0 or > 3 || parts.Any(p => p.Length == 0))
        {
            return false;
        }

        var padded = parts.Select((p, i) => i == 0 ? p : p.PadLeft(2, '0'));
        return PartialDate.TryParse(string.Join('-', padded), out date);
    }

    /// <summary>A month from a number (<c>4</c>, <c>04</c>) or an English name or abbreviation (<c>April</c>, <c>apr</c>, <c>Apr.</c>).</summary>
    public static int? MonthOf(string text)
    {
        var value = text.Trim().TrimEnd('.').ToLowerInvariant();
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number is >= 1 and <= 12 ? number : null;
        }

        var index = value.Length >= 3 ? Array.IndexOf(MonthNames, value[..3]) : -1;
        return index >= 0 ? index + 1 : null;
    }
}
