using System.Net;
using System.Text;
using Dossier.Content;
using Dossier.Interchange;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>
/// What kind of source a citation is, at a glance, from its front matter: government or news by its <c>type</c>, PDF by
/// its <c>type</c> or an address ending in <c>.pdf</c>, and its language when that is not the site's. Each mark is
/// drawn by the stylesheet (one shared picture per kind) and carries its words for screen readers.
/// </summary>
public static class SourceIcons
{
    public static IReadOnlyList<SourceIconView> Of(Citation citation, string siteLanguage)
    {
        var icons = new List<SourceIconView>();
        if (citation.Type == CitationType.Government)
        {
            icons.Add(new SourceIconView("gov", "Government source"));
        }
        else if (citation.Type == CitationType.News)
        {
            icons.Add(new SourceIconView("news", "News source"));
        }

        if (citation.Type == CitationType.Pdf || IsPdfAddress(citation.Url))
        {
            icons.Add(new SourceIconView("pdf", "PDF document"));
        }

        if (citation.Language is { } language && !SameLanguage(language, siteLanguage))
        {
            var code = Primary(language);
            icons.Add(new SourceIconView("lang", LanguageNames.EnglishNameOf(language) is { } name ? $"In {name}" : $"In the language {language}", code));
        }

        return icons;
    }

    /// <summary>The citation's marks as HTML, each an image with its words, to open a reference in a note or an entry.</summary>
    public static string HtmlOf(Citation citation, string siteLanguage) => Html(Of(citation, siteLanguage));

    private static string Html(IReadOnlyList<SourceIconView> icons)
    {
        var html = new StringBuilder();
        foreach (var icon in icons)
        {
            html.Append("<span class=\"si-").Append(icon.Name).Append("\" role=\"img\" aria-label=\"")
                .Append(WebUtility.HtmlEncode(icon.Label)).Append("\">").Append(WebUtility.HtmlEncode(icon.Text)).Append("</span>");
        }

        return html.ToString();
    }

    /// <summary>The path ends in <c>.pdf</c>, whatever its case, query or fragment.</summary>
    private static bool IsPdfAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);

    private static bool SameLanguage(string a, string b) => string.Equals(Primary(a), Primary(b), StringComparison.Ordinal);

    private static string Primary(string tag) => tag.Split('-')[0].ToLowerInvariant();
}
