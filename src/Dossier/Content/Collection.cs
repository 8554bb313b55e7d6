namespace Dossier.Content;

/// <summary>The four kinds of document a dossier holds; each lives in its own folder.</summary>
public enum Collection
{
    Article,
    Country,
    Agreement,
    Citation,
}
