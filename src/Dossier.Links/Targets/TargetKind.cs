namespace Dossier.Links.Targets;

/// <summary>Where a URL to check was written.</summary>
public enum TargetKind
{
    /// <summary>A citation's <c>url:</c>.</summary>
    CitationUrl,

    /// <summary>
    /// The words a footnote quotes for its claim (<c>[@id, quote="…"]</c>): the cited source's <c>url</c>, checked for
    /// them and reported at the footnote.
    /// </summary>
    NoteQuote,

    /// <summary>A citation's <c>archive_url:</c>.</summary>
    ArchiveUrl,

    /// <summary>An external link in a document's body (reported apart from citations).</summary>
    BodyLink,

    /// <summary>A url field of a document outside the bibliography, e.g. an organisation's <c>website</c> (reported with body links).</summary>
    FieldUrl,
}
