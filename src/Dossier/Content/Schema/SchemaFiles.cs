using Dossier.Collections;

namespace Dossier.Content.Schema;

/// <summary>The file each generated JSON Schema is written to under <c>schemas/</c>: one per collection, and <c>dossier.yml</c>'s.</summary>
public static class SchemaFiles
{
    public static IReadOnlyList<(string File, CollectionSchema Schema)> Of(CollectionSet collections) =>
        [.. collections.All.Select(c => (c.SchemaFile, c.Schema)), ("dossier.schema.json", ContentSchemas.Site)];
}
