using Dossier.Collections;

namespace Dossier.Content;

/// <summary>An analysis article.</summary>
public sealed record Article(string Id, string Title, DocumentSource Source) : ContentDocument(Id, Title, Source)
{
    public override CollectionDescriptor Collection => BuiltInCollections.Articles;

    /// <summary>One sentence for cards, feeds and the meta description.</summary>
    public string? Summary { get; init; }

    /// <summary>First published.</summary>
    public DateOnly Date { get; init; }

    /// <summary>Last substantive revision, when the editor gave one.</summary>
    public DateOnly? Updated { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Countries the article is about, beyond those linked in its text.</summary>
    public IReadOnlyList<IdReference> Countries { get; init; } = [];

    public IReadOnlyList<IdReference> Agreements { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Drafts are built only when asked for.</summary>
    public bool Draft { get; init; }

    public override bool IsDraft => Draft;

    public override DateOnly? UpdatedByEditor => Updated;
}
