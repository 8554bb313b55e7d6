namespace Dossier.Pages.Views;

/// <summary>
/// One page of the site as the theme sees it: where it is, what it is called, and its content
/// (exactly one of <see cref="Document"/>, <see cref="Items"/> or <see cref="Bibliography"/> matters per layout).
/// </summary>
public sealed record PageView
{
    /// <summary>The theme layout that renders the page (<c>home</c>, <c>document</c>, <c>listing</c>, <c>bibliography</c>).</summary>
    public required string Layout { get; init; }

    /// <summary>Path of the page from the site root, e.g. <c>countries/kazakhstan/</c>.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The navigation section the page belongs to, to mark it current.</summary>
    public string Section { get; init; } = "";

    /// <summary>Link to the source file in the repository, when the page has one and <c>repo_url</c> is set.</summary>
    public string? EditUrl { get; init; }

    public DocumentView? Document { get; init; }

    public IReadOnlyList<LinkView> Items { get; init; } = [];

    public IReadOnlyList<BibliographyEntryView> Bibliography { get; init; } = [];
}
