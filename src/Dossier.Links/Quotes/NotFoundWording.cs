using System.Text.RegularExpressions;

namespace Dossier.Links.Quotes;

/// <summary>
/// Recognises a page title or main heading that says the page was not found: the "soft 404" many sites answer
/// with status 200. Only titles and headings are judged, never body text, so an article that merely mentions
/// "404" or "page not found" stays alive. English and Russian first, then the languages a Central Asia dossier
/// cites most (Japanese, Kazakh, Uzbek, Chinese) and the big European ones.
/// </summary>
public static partial class NotFoundWording
{
    public static bool Says(string? heading)
    {
        if (string.IsNullOrWhiteSpace(heading))
        {
            return false;
        }

        var text = QuoteText.Normalise(heading);
        return Phrase().IsMatch(text) || SiteNameSeparator().Split(text).Any(part => Bare().IsMatch(part));
    }

    /// <summary>Phrases that say "not found" wherever they stand in a title, e.g. "Page not found – Ministry of Foreign Affairs".</summary>
    [GeneratedRegex("""
        \b(page|file|document|article|resource|content)\s+(was\s+|is\s+|has\s+been\s+)?(not|cannot|can't|can\s+not|could\s+not|couldn't|wasn't)\s+(be\s+)?found\b
        | \bpage\s+(does\s+not|doesn't|no\s+longer)\s+exists?\b
        | \bpage\s+you\s+(are\s+looking\s+for|were\s+looking\s+for|requested)\b
        | \b(error\s+404|404\s+error|404\s+not\s+found)\b
        | \bnothing\s+(was\s+)?found\s+(here|at\s+this\s+(address|url|location))\b
        | \bстраниц[аыу]\s+(была\s+)?не\s+(найден[аы]?|существует|обнаружен[аы]?)\b
        | \b(документ|материал|новость|статья|публикация|запись)\s+не\s+найден[аоы]?\b
        | \b(ошибка\s+404|404\s+ошибка)\b
        | \bзапрашиваемая\s+(вами\s+)?страница\b
        | \b(бет|парақ)(ша)?\s+табылмады\b
        | \bsahifa\s+topilmadi\b
        | ページが見つかりません | ページは見つかりません | ページが存在しません | お探しのページ
        | 页面不存在 | 找不到页面 | 页面未找到 | 找不到该页面
        | \bpage\s+(introuvable|non\s+trouvée)\b
        | \bseite\s+(wurde\s+)?nicht\s+gefunden\b
        | \bpágina\s+no\s+encontrada\b
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    /// <summary>A title part that is nothing but the status: "404", "Not Found" (Apache's and nginx's own pages).</summary>
    [GeneratedRegex(@"^\W*(404|not\s+found|file\s+not\s+found|не\s+найдено)\W*$", RegexOptions.CultureInvariant)]
    private static partial Regex Bare();

    /// <summary>What sites put between the page's own title and their name: "404 | Example", "Not Found - Example".</summary>
    [GeneratedRegex(@"\s[|\-·•:/]+\s|\s*::\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SiteNameSeparator();
}
