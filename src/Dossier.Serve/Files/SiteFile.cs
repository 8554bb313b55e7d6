namespace Dossier.Serve.Files;

/// <summary>What a site path names: a file (with its full path), a folder asked for without its trailing slash, or nothing.</summary>
public readonly record struct SiteFile(SiteFileKind Kind, string? FullPath)
{
    public static SiteFile Missing => new(SiteFileKind.Missing, null);

    public static SiteFile FolderWithoutSlash => new(SiteFileKind.FolderWithoutSlash, null);
}

public enum SiteFileKind
{
    Missing,
    File,

    /// <summary><c>/countries/kazakhstan</c>: redirected to <c>/countries/kazakhstan/</c>, so the page's relative links resolve.</summary>
    FolderWithoutSlash,
}
