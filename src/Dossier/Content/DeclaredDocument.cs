using Dossier.Collections;
using Dossier.Collections.Declared;

namespace Dossier.Content;

/// <summary>A document of a collection the dossier declares in <c>dossier.yml</c> (a person, an organisation, an event).</summary>
public sealed record DeclaredDocument(string Id, string Title, DocumentSource Source, DeclaredCollection Of) : ContentDocument(Id, Title, Source)
{
    public override CollectionDescriptor Collection => Of;

    public string? Summary { get; init; }

    public DateOnly? Updated { get; init; }

    public bool Draft { get; init; }

    /// <summary>The declared fields the document gives, in the declaration's order.</summary>
    public IReadOnlyList<FieldValue> Values { get; init; } = [];

    public override bool IsDraft => Draft;

    public override DateOnly? UpdatedByEditor => Updated;
}
