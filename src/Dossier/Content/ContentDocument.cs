using Dossier.Collections;

namespace Dossier.Content;

/// <summary>What every document shares: an id unique across collections, a title, its source and its collection.</summary>
public abstract record ContentDocument(string Id, string Title, DocumentSource Source)
{
    public abstract CollectionDescriptor Collection { get; }

    /// <summary>Drafts are built only when asked for.</summary>
    public virtual bool IsDraft => false;

    /// <summary>The last substantive revision, when the editor gave one (else the last commit tells).</summary>
    public virtual DateOnly? UpdatedByEditor => null;
}
