using System.Globalization;
using System.Text;
using Dossier.Content;

namespace Dossier.Interchange.Import;

/// <summary>
/// A citation id made from an entry's key (<c>smithJapanCentralAsia2022</c> → <c>smithjapancentralasia2022</c>): accents
/// dropped, Cyrillic transliterated, other characters turned into '-', a letter first, at most 80 characters, and
/// unique (a <c>-2</c>, <c>-3</c>… added) against <paramref name="taken"/>. An entry without a key is named from its title.
/// </summary>
public static class ImportedId
{
    private const string CyrillicLetters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєўқғүұңһөәј";

    private static readonly string[] Latin =
    [
        "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts",
        "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "u", "q", "gh", "u", "u", "ng", "h", "o", "a", "j",
    ];

    public static string For(InterchangeEntry entry, ISet<string> taken)
    {
        // Zotero's CSL-JSON names items by address (http://zotero.org/users/…/items/ABCD1234): no id to keep.
        var basis = entry.Key.Contains('/', StringComparison.Ordinal) ? "" : Slug(entry.Key);
        if (basis.Length == 0)
        {
            var words = (entry.TitleEn ?? entry.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
            var year = entry.Published is { } p ? "-" + p.Year.ToString(CultureInfo.InvariantCulture) : "";
            basis = Slug(string.Join(' ', words) + year);
        }

        if (basis.Length == 0)
        {
            basis = "source";
        }

        if (!char.IsAsciiLetterLower(basis[0]))
        {
            basis = "ref-" + basis;
        }

        basis = Trim(basis, DocumentId.MaxLength);
        var id = basis;
        for (var n = 2; taken.Contains(id) || !DocumentId.IsValid(id); n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            id = Trim(basis, DocumentId.MaxLength - suffix.Length) + suffix;
        }

        taken.Add(id);
        return id;
    }

    /// <summary>Lowercase a–z, 0–9 and single hyphens.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var cyrillic = CyrillicLetters.IndexOf(c, StringComparison.Ordinal);
            var piece = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c.ToString()
                : cyrillic >= 0 ? Latin[cyrillic]
                : c switch { 'ß' => "ss", 'ø' => "o", 'æ' => "ae", 'œ' => "oe", 'ł' => "l", 'ı' => "i", _ => "-" };
            foreach (var p in piece)
            {
                if (p != '-' || slug.Length > 0 && slug[^1] != '-')
                {
                    slug.Append(p);
                }
            }
        }

        return slug.ToString().Trim('-');
    }

    private static string Trim(string id, int length) => id.Length <= length ? id : id[..length].TrimEnd('-');
}
