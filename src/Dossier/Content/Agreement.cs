using Dossier.Collections;

namespace Dossier.Content;

/// <summary>A treaty, memorandum, programme, dialogue or other framework between countries.</summary>
public sealed record Agreement(string Id, string Title, DocumentSource Source) : ContentDocument(Id, Title, Source)
{
    public override CollectionDescriptor Collection => BuiltInCollections.Agreements;

    public AgreementKind Kind { get; init; }

    /// <summary>Country ids; at least one.</summary>
    public IReadOnlyList<IdReference> Parties { get; init; } = [];

    /// <summary>When it was signed, launched or announced.</summary>
    public PartialDate? Signed { get; init; }

    public Period? Period { get; init; }

    public AgreementStatus? Status { get; init; }

    /// <summary>Sources for the agreement itself.</summary>
    public IReadOnlyList<IdReference> Citations { get; init; } = [];
}
