using System.Globalization;
using System.Text;
using Dossier.Content;

namespace Dossier.Interchange.Ris;

/// <summary>
/// Writes RIS as its specification asks: <c>TAG  - value</c> lines ending in CR LF, <c>TY</c> first and <c>ER</c>
/// last, one <c>AU</c> per author (<c>Family, Given</c>), dates as <c>YYYY/MM/DD/</c>; UTF-8, tags in a fixed order.
/// </summary>
public static class RisWriter
{
    private const string NewLine = "\r\n";

    public static string Write(IEnumerable<InterchangeEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            Write(entry, text);
        }

        return text.ToString();
    }

    public static void Write(InterchangeEntry entry, StringBuilder text)
    {
        var type = entry.Type ?? CitationType.Web;
        Line(text, "TY", RisTypes.Write(type));
        Line(text, "ID", entry.Key);
        foreach (var author in entry.Authors)
        {
            var name = PersonName.Of(author);
            Line(text, "AU", name.IsLiteral ? name.Family : $"{name.Family}, {name.Given}");
        }

        Line(text, "TI", entry.Title);
        Line(text, "TT", entry.TitleEn);
        Line(text, type is CitationType.News or CitationType.Journal ? "T2" : "PB", entry.Publisher);
        if (type == CitationType.Pdf)
        {
            Line(text, "M3", "PDF");
        }

        if (entry.Published is { } published)
        {
            Line(text, "PY", published.Year.ToString("D4", CultureInfo.InvariantCulture));
            Line(text, "DA", Slashed(published));
        }

        Line(text, "LA", entry.Language);
        Line(text, "DO", entry.Doi);
        Line(text, "UR", entry.Url);
        Line(text, "Y2", entry.Accessed is { } accessed ? Slashed(accessed) : null);
        Line(text, "ER", "");
    }

    /// <summary>RIS dates: <c>2022/04/12/</c>, with empty parts for what is unknown (<c>2022/04//</c>).</summary>
    private static string Slashed(PartialDate date) => string.Create(CultureInfo.InvariantCulture,
        $"{date.Year:D4}/{(date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/");

    private static void Line(StringBuilder text, string tag, string? value)
    {
        if (value is null)
        {
            return;
        }

        // A value is one line: line breaks inside it would start a new tag.
        var oneLine = value.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        text.Append(tag).Append("  - ").Append(oneLine).Append(NewLine);
    }
}
