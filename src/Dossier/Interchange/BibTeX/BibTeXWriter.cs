using System.Globalization;
using System.Text;
using Dossier.Content;

namespace Dossier.Interchange.BibTeX;

/// <summary>
/// Writes entries as biblatex that classic BibTeX also reads: UTF-8 text (Cyrillic as it is) with LaTeX's special
/// characters escaped, <c>date</c> plus <c>year</c>/<c>month</c>, <c>urldate</c>, <c>langid</c>; fields in a fixed
/// order, so the same entries give the same bytes.
/// </summary>
public static class BibTeXWriter
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Write(IEnumerable<InterchangeEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            Write(entry, text);
        }

        return text.ToString();
    }

    public static void Write(InterchangeEntry entry, StringBuilder text)
    {
        var type = entry.Type ?? CitationType.Web;
        var (entryType, publisherField) = BibTeXTypes.Write(type);
        text.Append('@').Append(entryType).Append('{').Append(entry.Key).Append(",\n");
        if (type == CitationType.News)
        {
            Field(text, "entrysubtype", "newspaper");
        }

        if (type == CitationType.Government)
        {
            Field(text, "type", BibTeXTypes.GovernmentReport);
        }

        if (type == CitationType.Pdf)
        {
            Field(text, "howpublished", "PDF");
        }

        if (entry.Authors.Count > 0)
        {
            Field(text, "author", string.Join(" and ", entry.Authors.Select(Author)), raw: true);
        }

        Field(text, "title", entry.Title);
        if (entry.TitleEn is { } titleEn)
        {
            Field(text, "titleaddon", $"[{titleEn}]");
        }

        if (entry.Publisher is { Length: > 0 } publisher)
        {
            Field(text, publisherField, publisher);
        }

        if (entry.Published is { } published)
        {
            Field(text, "date", published.ToString(), raw: true);
            Field(text, "year", published.Year.ToString("D4", CultureInfo.InvariantCulture), raw: true);
            if (published.Month is { } month)
            {
                text.Append("  month = ").Append(Months[month - 1]).Append(",\n");
            }
        }

        if (entry.Language is { } language)
        {
            if (LanguageNames.BabelOf(language) is { } babel)
            {
                Field(text, "langid", babel);
            }
            else
            {
                Field(text, "language", language);
            }
        }

        if (entry.Doi is { } doi)
        {
            Field(text, "doi", Verbatim(doi), raw: true);
        }

        if (entry.Url is { } url)
        {
            Field(text, "url", Verbatim(url), raw: true);
        }

        if (entry.Accessed is { } accessed)
        {
            Field(text, "urldate", accessed.ToString(), raw: true);
        }

        if (entry.ArchiveUrl is { } archive)
        {
            Field(text, "archiveurl", Verbatim(archive), raw: true);
        }

        text.Append("}\n");
    }

    /// <summary>An author as BibTeX reads names: <c>Family, Given</c>, or the whole name in braces when it is one word, has a comma or an "and".</summary>
    private static string Author(string display)
    {
        var name = PersonName.Of(display);
        var protect = name.IsLiteral || display.Contains(" and ", StringComparison.OrdinalIgnoreCase);
        return protect
            ? "{" + LatexText.Encode(display) + "}"
            : LatexText.Encode(name.Family) + ", " + LatexText.Encode(name.Given!);
    }

    /// <summary>Addresses are read verbatim: only braces, which would unbalance the value, are percent-encoded.</summary>
    private static string Verbatim(string url) => url.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal);

    private static void Field(StringBuilder text, string name, string value, bool raw = false)
    {
        text.Append("  ").Append(name).Append(" = {");
        (raw ? text.Append(value) : LatexText.Encode(value, text)).Append("},\n");
    }
}
