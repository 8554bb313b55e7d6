namespace Dossier.Content.Schema;

/// <summary>
/// One front-matter key of a collection: its form, whether it is required, what it means and, for
/// choices and id lists, what it may hold. The validator reads values through these specs and the
/// JSON Schemas are generated from them, so the two cannot drift apart.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Description)
{
    /// <summary>The allowed words of a <see cref="FieldKind.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>The collections (by name) whose documents an <see cref="FieldKind.Id"/> or <see cref="FieldKind.IdList"/> names.</summary>
    public IReadOnlyList<string> RefersTo { get; init; } = [];

    /// <summary>The least number of items of a list.</summary>
    public int MinItems { get; init; }
}
