using Dossier.Diagnostics;

namespace Dossier.Scaffolding;

/// <summary>The front-matter values and body of a new document's skeleton, or why there cannot be one.</summary>
public sealed record Skeleton(Dictionary<string, SkeletonValue> Values, string Body)
{
    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static Skeleton Refused(string error) => new([], "") { Error = error };

    /// <summary>"`x` is not a kind of agreement: one of …; did you mean …?"</summary>
    public static string NotAChoice(string given, string what, IReadOnlyList<string> choices) =>
        $"`{given}` is not a {what}: one of {string.Join(", ", choices)}"
        + (DidYouMean.Closest(given, choices) is { } near ? $"; did you mean `{near}`?" : "");
}
