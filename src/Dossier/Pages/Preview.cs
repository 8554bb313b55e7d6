namespace Dossier.Pages;

/// <summary>
/// Key facts in one line, as a preview card shows them: the given parts, in order, joined by middle dots, cut at a word
/// after <see cref="MaxLength"/> characters (every page carries the cards of the documents it links to; they stay small).
/// </summary>
public static class Preview
{
    public const int MaxLength = 80;

    public static string? Join(params string?[] parts)
    {
        var given = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        var line = string.Join(" · ", given);
        if (line.Length <= MaxLength)
        {
            return line;
        }

        var cut = line.LastIndexOf(' ', MaxLength);
        return line[..(cut > 0 ? cut : MaxLength)].TrimEnd(' ', ',', ';', '·') + "…";
    }
}
