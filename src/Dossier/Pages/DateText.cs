using System.Globalization;
using Dossier.Content;

namespace Dossier.Pages;

/// <summary>Dates as readers see them on pages ("December 31, 2024"), the same on every machine culture.</summary>
public static class DateText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string Of(DateOnly date) => date.ToString("MMMM d, yyyy", English);

    public static string Of(PartialDate date) => (date.Month, date.Day) switch
    {
        (null, _) => date.Year.ToString(CultureInfo.InvariantCulture),
        (_, null) => date.ToDateOnly().ToString("MMMM yyyy", English),
        _ => Of(date.ToDateOnly()),
    };

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
