using System.Text.RegularExpressions;

namespace Dossier.Content;

/// <summary>The rules for a document id: the file name without <c>.md</c>.</summary>
public static partial class DocumentId
{
    public const int MaxLength = 80;

    /// <summary>
    /// Names a Windows checkout cannot hold as files (<c>con.md</c>, <c>nul.md</c>, …) and <c>index</c>,
    /// which would read as an index page.
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(
        ["con", "prn", "aux", "nul", "index",
         "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
         "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"],
        StringComparer.Ordinal);

    /// <summary>Lowercase a–z, 0–9 and '-', starting with a letter, at most 80 characters, not a reserved name.</summary>
    public static bool IsValid(string id) => id.Length is > 0 and <= MaxLength && Pattern().IsMatch(id) && !Reserved.Contains(id);

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
