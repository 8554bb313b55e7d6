using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Dossier.Tests.Rendering;

/// <summary>HTML parsed and re-serialised with one element per line, so golden files diff readably and ignore insignificant differences.</summary>
public static class NormalisedHtml
{
    public static string Of(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        using var writer = new StringWriter();
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
        return writer.ToString().Trim() + "\n";
    }
}
