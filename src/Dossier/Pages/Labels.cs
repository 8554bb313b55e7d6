using Dossier.Content;

namespace Dossier.Pages;

/// <summary>Readers' words for enum values: <c>ActionPlan</c> is shown as "Action plan".</summary>
public static class Labels
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        return Of(EnumNames.ToKebab(value));
    }

    /// <summary>A word written in kebab case (<c>state-visit</c>) as readers see it: "State visit".</summary>
    public static string Of(string kebab)
    {
        var words = kebab.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
