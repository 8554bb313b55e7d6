namespace Dossier.Collections;

/// <summary>The collections every dossier has, in the site's order.</summary>
public static class BuiltInCollections
{
    public static readonly ArticleCollection Articles = new();
    public static readonly CountryCollection Countries = new();
    public static readonly AgreementCollection Agreements = new();
    public static readonly CitationCollection Citations = new();

    public static readonly IReadOnlyList<CollectionDescriptor> All = [Articles, Countries, Agreements, Citations];

    /// <summary>Folders of the site that are not collections': a declared collection may not take them.</summary>
    public static readonly IReadOnlyList<string> ReservedNames =
        ["assets", "search", "sources", "bibliography", "feed", "sitemap", "robots", "schemas", "content", "themes", "index", "404"];
}
