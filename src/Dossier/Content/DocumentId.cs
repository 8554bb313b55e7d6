using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Content;

/// <summary>The rules for a document id: the file name without <c>.md</c>.</summary>
public static partial class DocumentId
{
    public const int MaxLength = 80;

    /// <summary>
    /// Names a Windows checkout cannot hold as files (<c>con.md</c>, <c>nul.md</c>, …), <c>index</c>,
    /// which would read as an index page, and <c>timeline</c> and <c>matrix</c>, where a collection's views live
    /// (<c>agreements/timeline/</c>).
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(
        ["con", "prn", "aux", "nul", "index", "timeline", "matrix",
         "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
         "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"],
        StringComparer.Ordinal);

    /// <summary>The rule in words, for messages.</summary>
    public const string Rule = "lowercase letters a-z, digits and '-', starting with a letter, at most 80 characters";

    /// <summary>Lowercase a–z, 0–9 and '-', starting with a letter, at most 80 characters, not a reserved name.</summary>
    public static bool IsValid(string id) => id.Length is > 0 and <= MaxLength && Pattern().IsMatch(id) && !Reserved.Contains(id);

    /// <summary>Why <paramref name="id"/> breaks the rule, or null when it is valid (exactly when <see cref="IsValid"/> is true).</summary>
    public static string? Problem(string id)
    {
        if (IsValid(id))
        {
            return null;
        }

        if (id.Length == 0)
        {
            return "it is empty";
        }

        if (Reserved.Contains(id))
        {
            return "it is a reserved name (Windows cannot hold the file, or it reads as an index page)";
        }

        var reasons = new List<string>();
        if (id.Length > MaxLength)
        {
            reasons.Add($"it has {id.Length} characters, more than {MaxLength}");
        }

        if (id.Any(char.IsUpper))
        {
            reasons.Add("it has capital letters");
        }

        var others = id.Where(c => !char.IsUpper(c) && c is not (>= 'a' and <= 'z') and not (>= '0' and <= '9') and not '-')
            .Distinct()
            .Select(c => c == ' ' ? "spaces" : $"`{c}`")
            .ToList();
        if (others.Count > 0)
        {
            reasons.Add($"it has {string.Join(", ", others)}, which ids cannot hold");
        }

        if (id[0] is not (>= 'a' and <= 'z') && !char.IsUpper(id[0]))
        {
            reasons.Add("it does not start with a letter");
        }

        return string.Join("; ", reasons);
    }

    /// <summary>A valid id close to <paramref name="text"/> (lowercased, other characters turned into '-'), or null if none is.</summary>
    public static string? Suggest(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            var keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            if (keep)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var suggestion = builder.ToString().TrimEnd('-');
        suggestion = suggestion.TrimStart('-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        if (suggestion.Length > MaxLength)
        {
            suggestion = suggestion[..MaxLength].TrimEnd('-');
        }

        return IsValid(suggestion) && suggestion != text ? suggestion : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
