using System.Text.RegularExpressions;
using Dossier.Content;

namespace Dossier.Links.PageMetadata;

/// <summary>
/// Reads the dates pages put in their metadata as a partial date: <c>2024-06-12</c>, <c>2024/06/12</c> (Highwire's
/// form), <c>2024-06</c>, <c>2024</c>, and timestamps such as <c>2024-06-12T09:30:00+09:00</c> (the date as written,
/// in the publisher's own time zone).
/// </summary>
public static partial class MetaDates
{
    public static string? Normalise(string text)
    {
        var match = DateStart().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var candidate = match.Groups["year"].Value
                        + (match.Groups["month"].Success ? "-" + match.Groups["month"].Value.PadLeft(2, '0') : "")
                        + (match.Groups["day"].Success ? "-" + match.Groups["day"].Value.PadLeft(2, '0') : "");
        return PartialDate.TryParse(candidate, out _) ? candidate : null;
    }

    /// <summary>A year, then optionally month and day separated by <c>-</c> or <c>/</c>; a time may follow, nothing else.</summary>
    [GeneratedRegex(@"^(?<year>\d{4})(?:[-/](?<month>\d{1,2})(?:[-/](?<day>\d{1,2}))?)?(?:[T ].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();
}
