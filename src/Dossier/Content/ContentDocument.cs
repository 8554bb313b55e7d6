namespace Dossier.Content;

/// <summary>What every document shares: an id unique across collections, a title and its source.</summary>
public abstract record ContentDocument(string Id, string Title, DocumentSource Source)
{
    public abstract Collection Collection { get; }
}
