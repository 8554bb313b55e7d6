using Dossier.Collections;

namespace Dossier.Content;

/// <summary>The dossier's settings from <c>dossier.yml</c>.</summary>
public sealed record SiteSettings
{
    public string Title { get; init; } = "Dossier";

    public string? Description { get; init; }

    /// <summary>Absolute URL the site is published at; its path is where every link is rooted.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Repository the content lives in, for "edit this page" links.</summary>
    public string? RepoUrl { get; init; }

    /// <summary>Branch edit links point at.</summary>
    public string Branch { get; init; } = "main";

    /// <summary>BCP 47 tag of the site's language.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Folder under <c>themes/</c> to render with.</summary>
    public string Theme { get; init; } = "default";

    /// <summary>Fail the build on warnings too.</summary>
    public bool Strict { get; init; }

    /// <summary>Inline HTML tags editors may use; all other raw HTML is shown as text.</summary>
    public IReadOnlyList<string> AllowedHtml { get; init; } = [];

    /// <summary>The built-in collections, then those <c>dossier.yml</c> declares.</summary>
    public CollectionSet Collections { get; init; } = CollectionSet.BuiltIn;

    /// <summary>Warning codes silenced for the whole dossier.</summary>
    public IReadOnlyList<string> Silenced { get; init; } = [];
}
