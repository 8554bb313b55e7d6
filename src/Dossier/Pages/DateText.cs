using System.Globalization;
using Dossier.CitationStyles;
using Dossier.Content;

namespace Dossier.Pages;

/// <summary>
/// Dates as readers see them on pages ("December 31, 2024"), written as the citation style writes them,
/// so pages and references agree and no machine culture is involved.
/// </summary>
public static class DateText
{
    public static string Of(DateOnly date) => ChicagoDates.Format(date);

    public static string Of(PartialDate date) => ChicagoDates.Format(date);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
