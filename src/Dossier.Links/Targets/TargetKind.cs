namespace Dossier.Links.Targets;

/// <summary>Where a URL to check was written.</summary>
public enum TargetKind
{
    /// <summary>A citation's <c>url:</c>.</summary>
    CitationUrl,

    /// <summary>A citation's <c>archive_url:</c>.</summary>
    ArchiveUrl,

    /// <summary>An external link in an article, country or agreement body (reported apart from citations).</summary>
    BodyLink,
}
