using System.Text.RegularExpressions;

namespace Dossier.Content;

/// <summary>The rules for a document id: the file name without <c>.md</c>.</summary>
public static partial class DocumentId
{
    public const int MaxLength = 80;

    /// <summary>Lowercase a–z, 0–9 and '-', starting with a letter, at most 80 characters.</summary>
    public static bool IsValid(string id) => id.Length is > 0 and <= MaxLength && Pattern().IsMatch(id);

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
