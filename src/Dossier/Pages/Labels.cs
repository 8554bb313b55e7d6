using Dossier.Content;

namespace Dossier.Pages;

/// <summary>Readers' words for enum values: <c>ActionPlan</c> is shown as "Action plan".</summary>
public static class Labels
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var words = EnumNames.ToKebab(value).Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}
