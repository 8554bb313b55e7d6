namespace Dossier.Content.Schema;

/// <summary>The front-matter keys one collection allows.</summary>
public sealed record CollectionSchema(string Name, IReadOnlyList<FieldSpec> Fields)
{
    public IReadOnlyList<string> Keys => Fields.Select(f => f.Name).ToList();

    /// <summary>The spec of a key, checked to be of the expected form: a mismatch is a bug in Dossier, not in content.</summary>
    public FieldSpec Field(string name, FieldKind kind)
    {
        var spec = Find(name);
        if (spec is null)
        {
            throw new InvalidOperationException($"the {Name} schema has no key `{name}`");
        }
        return spec.Kind == kind
            ? spec
            : throw new InvalidOperationException($"`{name}` of {Name} is a {spec.Kind}, read as {kind}");
    }

    /// <summary>Whether the schema allows the key.</summary>
    public bool Allows(string name) => Find(name) is not null;

    private FieldSpec? Find(string name)
    {
        // An indexed loop, not LINQ or foreach over the interface (an enumerator each): every key of every file is looked up here.
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return Fields[i];
            }
        }

        return null;
    }
}
