namespace Dossier.Content;

/// <summary>Maps enum members to the kebab-case words editors write (<c>ActionPlan</c> ⇄ <c>action-plan</c>).</summary>
public static class EnumNames
{
    public static string ToKebab<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static IReadOnlyList<string> All<T>()
        where T : struct, Enum => System.Enum.GetValues<T>().Select(ToKebab).ToList();

    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in System.Enum.GetValues<T>())
        {
            if (IsKebabOf(candidate.ToString(), text))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Whether <paramref name="text"/> is <see cref="ToKebab{T}"/> of the member <paramref name="name"/>, without building it.</summary>
    private static bool IsKebabOf(string name, string text)
    {
        var at = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0 && (at >= text.Length || text[at++] != '-'))
            {
                return false;
            }

            if (at >= text.Length || text[at++] != char.ToLowerInvariant(name[i]))
            {
                return false;
            }
        }

        return at == text.Length;
    }
}
