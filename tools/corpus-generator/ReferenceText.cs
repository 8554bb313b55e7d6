namespace Dossier.CorpusGenerator;

/// <summary>A citation as footnote text for the Hugo site (title, publisher, date, URL, accessed): full form first, short form after.</summary>
internal static class ReferenceText
{
    public static string Full(CitationSpec c, string? locator)
    {
        var authors = c.Authors.Count > 0 ? string.Join(", ", c.Authors) + ", " : "";
        var english = c.TitleEn is null ? "" : $" [{c.TitleEn}]";
        return $"{authors}“{c.Title}”{english}, {c.Publisher}, {c.Published}{Locator(locator)}, <{c.Url}> (accessed {c.Accessed}).";
    }

    public static string Short(CitationSpec c, string? locator)
    {
        var who = c.Authors.Count > 0 ? c.Authors[0].Split(' ')[^1] : c.Publisher;
        var words = c.Title.Split(' ');
        return $"{who}, “{string.Join(' ', words.Take(4))}”{Locator(locator)}.";
    }

    private static string Locator(string? locator) => locator is null ? "" : ", " + locator;
}
