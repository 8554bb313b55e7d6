using Dossier.Collections;

namespace Dossier.Content;

/// <summary>A country page.</summary>
public sealed record Country(string Id, string Title, DocumentSource Source) : ContentDocument(Id, Title, Source)
{
    public override CollectionDescriptor Collection => BuiltInCollections.Countries;

    /// <summary>ISO 3166-1 alpha-3 code, e.g. <c>KAZ</c>; unique in the dossier.</summary>
    public string Iso3 { get; init; } = "";

    public string? Capital { get; init; }

    public string? Region { get; init; }

    /// <summary>Other names used in text, e.g. <c>Astana</c> as a metonym.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
