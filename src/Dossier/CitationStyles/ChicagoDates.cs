using System.Globalization;
using Dossier.Content;

namespace Dossier.CitationStyles;

/// <summary>
/// Dates as Chicago writes them in running text: <c>March 14, 2023</c>, <c>October 2015</c>,
/// <c>2008</c>. English month names are spelled out here rather than taken from a culture, so the
/// output never depends on the machine's culture.
/// </summary>
internal static class ChicagoDates
{
    private static readonly string[] MonthNames =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    // Each formatted straight into its string: every reference has a date or two, and a string per number added up.
    public static string Format(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => date.Year.ToString(CultureInfo.InvariantCulture),
        (int month, null) => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {date.Year}"),
        (int month, int day) => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[month - 1]} {day}, {date.Year}"),
    };

    public static string Format(DateOnly date) => Format(new PartialDate(date.Year, date.Month, date.Day));
}
