namespace Dossier.Content;

/// <summary>
/// What a source's address leads to now, in the meanings of Wikipedia's citation templates (CS1 <c>url-status</c>),
/// so editors and InternetArchiveBot-minded tools read it alike.
/// </summary>
public enum UrlStatus
{
    /// <summary>The page is there.</summary>
    Live,

    /// <summary>The page is gone (or its domain is); readers are sent to the archived copy first.</summary>
    Dead,

    /// <summary>The domain now belongs to someone else: the address is never linked, only the archived copy.</summary>
    Usurped,

    /// <summary>The address now serves spam, malware or other content unfit to link: never linked, only the archived copy.</summary>
    Unfit,
}
