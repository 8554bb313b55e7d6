namespace Dossier.Links.Targets;

/// <summary>Where a URL to check was written.</summary>
public enum TargetKind
{
    /// <summary>A citation's <c>url:</c>.</summary>
    CitationUrl,

    /// <summary>A citation's <c>archive_url:</c>.</summary>
    ArchiveUrl,

    /// <summary>An external link in a document's body (reported apart from citations).</summary>
    BodyLink,

    /// <summary>A url field of a document outside the bibliography, e.g. an organisation's <c>website</c> (reported with body links).</summary>
    FieldUrl,
}
