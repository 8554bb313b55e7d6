namespace Dossier.Collections;

/// <summary>
/// An address in a document's front matter that the link checker visits: the field it is in, the quote the page must
/// still contain, and whether it is itself an archived copy or has one.
/// </summary>
public sealed record CheckedUrl(string Url, string Field)
{
    public string? Quote { get; init; }

    public bool IsArchive { get; init; }

    public bool HasArchive { get; init; }

    /// <summary>The address of a source the bibliography lists (not a field of some other document).</summary>
    public bool IsSource { get; init; }
}
