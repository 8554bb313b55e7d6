namespace Dossier.Scaffolding;

/// <summary>A front-matter value to write into a skeleton: one scalar or a list of them.</summary>
public abstract record SkeletonValue
{
    private SkeletonValue()
    {
    }

    public static SkeletonValue Of(string text) => new Scalar(text);

    public static SkeletonValue Of(DateOnly date) => new Scalar(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public static SkeletonValue Of(IReadOnlyList<string> items) => new List(items);

    public sealed record Scalar(string Text) : SkeletonValue;

    public sealed record List(IReadOnlyList<string> Items) : SkeletonValue;
}
