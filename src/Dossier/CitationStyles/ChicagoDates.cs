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

    public static string Format(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => Number(date.Year),
        (int month, null) => $"{MonthNames[month - 1]} {Number(date.Year)}",
        (int month, int day) => $"{MonthNames[month - 1]} {Number(day)}, {Number(date.Year)}",
    };

    public static string Format(DateOnly date) => Format(new PartialDate(date.Year, date.Month, date.Day));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
