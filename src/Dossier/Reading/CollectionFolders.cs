using Dossier.Content;

namespace Dossier.Reading;

/// <summary>The folder under <c>content/</c> each collection lives in.</summary>
public static class CollectionFolders
{
    public static readonly IReadOnlyList<(Collection Collection, string Folder)> All =
    [
        (Collection.Article, "articles"),
        (Collection.Country, "countries"),
        (Collection.Agreement, "agreements"),
        (Collection.Citation, "citations"),
    ];

    public static string Of(Collection collection) => All.First(c => c.Collection == collection).Folder;
}
