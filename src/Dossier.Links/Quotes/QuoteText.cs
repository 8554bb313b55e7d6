using System.Globalization;
using System.Text;
using Dossier.Markdown;

namespace Dossier.Links.Quotes;

/// <summary>
/// Normalises text so a quote copied from a page still matches after the usual typographic drift:
/// Unicode compatibility forms, case, curly and angled quotes, dash variants, invisible characters
/// and runs of whitespace.
/// </summary>
public static class QuoteText
{
    public static string Normalise(string text)
    {
        var source = text.Normalize(NormalizationForm.FormKC);
        var mapped = new StringBuilder(source.Length);
        foreach (var c in source)
        {
            if (Map(c) is not '\0' and var kept)
            {
                mapped.Append(char.ToLower(kept, CultureInfo.InvariantCulture));
            }
        }

        return PlainText.Squeeze(mapped.ToString());
    }

    /// <summary>One character's canonical form; <c>'\0'</c> drops it.</summary>
    private static char Map(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033' or '\u2039' or '\u203A' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ => c,
    };
}
