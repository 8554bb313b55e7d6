using System.Text.RegularExpressions;

namespace Dossier.Interchange;

/// <summary>
/// Language names as the formats write them (biblatex's <c>langid</c> takes babel names such as <c>russian</c>; Zotero
/// users type <c>Russian</c> or <c>ru</c>) and the BCP 47 tags Dossier keeps.
/// </summary>
public static partial class LanguageNames
{
    private static readonly (string Tag, string Babel, string[] Others)[] Known =
    [
        ("en", "english", ["american", "british", "usenglish", "ukenglish", "australian", "canadian", "en-us", "en-gb"]),
        ("ru", "russian", ["русский"]), ("de", "german", ["ngerman", "deutsch"]), ("fr", "french", ["français", "francais"]),
        ("ja", "japanese", ["日本語"]), ("zh", "chinese", []), ("ko", "korean", []), ("kk", "kazakh", ["қазақ"]), ("uz", "uzbek", []),
        ("ky", "kyrgyz", ["kirghiz"]), ("tg", "tajik", []), ("tk", "turkmen", []), ("mn", "mongolian", []), ("uk", "ukrainian", []),
        ("es", "spanish", ["español"]), ("it", "italian", []), ("pt", "portuguese", ["brazilian"]), ("pl", "polish", []),
        ("tr", "turkish", []), ("ar", "arabic", []), ("fa", "persian", ["farsi"]), ("nl", "dutch", []), ("sv", "swedish", []),
        ("cs", "czech", []), ("fi", "finnish", []), ("hu", "hungarian", []), ("el", "greek", []), ("he", "hebrew", []),
    ];

    /// <summary>The BCP 47 tag for a language as an entry names it (a tag already, a babel name, an English name), or null.</summary>
    public static string? TagOf(string language)
    {
        var name = language.Trim();
        var lower = name.ToLowerInvariant();
        foreach (var (tag, babel, others) in Known)
        {
            if (lower == babel || others.Contains(lower))
            {
                return tag;
            }
        }

        return Tag().IsMatch(name) ? name : null;
    }

    /// <summary>The babel name biblatex's <c>langid</c> wants for a tag, or null when we know none.</summary>
    public static string? BabelOf(string tag)
    {
        var primary = tag.Split('-')[0].ToLowerInvariant();
        return Known.FirstOrDefault(k => k.Tag == primary).Babel;
    }

    /// <summary>The language's English name for readers ("Russian" for <c>ru</c> or <c>ru-RU</c>), or null when we know none.</summary>
    public static string? EnglishNameOf(string tag) => BabelOf(tag) is { } babel ? char.ToUpperInvariant(babel[0]) + babel[1..] : null;

    /// <summary>True for a BCP 47 tag as the front matter's <c>language</c> accepts it.</summary>
    public static bool IsTag(string text) => Tag().IsMatch(text);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
