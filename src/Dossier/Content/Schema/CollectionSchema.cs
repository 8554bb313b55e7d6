namespace Dossier.Content.Schema;

/// <summary>The front-matter keys one collection allows.</summary>
public sealed record CollectionSchema(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public IReadOnlyList<string> Keys => Fields.Select(f => f.Name).ToList();

    /// <summary>The spec of a key, checked to be of the expected form: a mismatch is a bug in Dossier, not in content.</summary>
    public FieldSpec Field(string name, FieldKind kind)
    {
        // A loop, not LINQ: every field of every file is read through here.
        FieldSpec? spec = null;
        foreach (var field in Fields)
        {
            if (field.Name == name)
            {
                spec = field;
                break;
            }
        }

        if (spec is null)
        {
            throw new InvalidOperationException($"the {Name} schema has no key `{name}`");
        }
        return spec.Kind == kind
            ? spec
            : throw new InvalidOperationException($"`{name}` of {Name} is a {spec.Kind}, read as {kind}");
    }
}
