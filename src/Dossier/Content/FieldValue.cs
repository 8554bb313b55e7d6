using Dossier.Content.Schema;

namespace Dossier.Content;

/// <summary>
/// The value of one field of a declared collection's document, typed by the field's declaration: the closed set of
/// forms a <c>dossier.yml</c> field type can take.
/// </summary>
public abstract record FieldValue(FieldSpec Field)
{
    public sealed record Text(FieldSpec Field, string Value) : FieldValue(Field);

    public sealed record Date(FieldSpec Field, PartialDate Value) : FieldValue(Field);

    public sealed record Url(FieldSpec Field, string Value) : FieldValue(Field);

    public sealed record Number(FieldSpec Field, decimal Value) : FieldValue(Field);

    public sealed record Flag(FieldSpec Field, bool Value) : FieldValue(Field);

    public sealed record Choice(FieldSpec Field, string Value) : FieldValue(Field);

    /// <summary>A <c>ref</c> (one id) or <c>refs</c> (a list) field.</summary>
    public sealed record References(FieldSpec Field, IReadOnlyList<IdReference> Ids) : FieldValue(Field);
}
