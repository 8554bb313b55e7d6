namespace Dossier.Content.Schema;

/// <summary>The file name each generated JSON Schema is written to under <c>schemas/</c>.</summary>
public static class SchemaFiles
{
    public static readonly IReadOnlyList<(string File, CollectionSchema Schema)> All =
    [
        ("article.schema.json", ContentSchemas.Article),
        ("country.schema.json", ContentSchemas.Country),
        ("agreement.schema.json", ContentSchemas.Agreement),
        ("citation.schema.json", ContentSchemas.Citation),
        ("dossier.schema.json", ContentSchemas.Site),
    ];
}
