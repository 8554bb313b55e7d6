namespace Dossier.Pages.Views;

/// <summary>
/// One page of the site as the theme sees it: where it is, what it is called, and its content
/// (exactly one of <see cref="Document"/>, <see cref="Items"/> or <see cref="Bibliography"/> matters per layout).
/// </summary>
public sealed record PageView
{
    /// <summary>The theme layout that renders the page (<c>home</c>, <c>document</c>, <c>listing</c>, <c>bibliography</c>, <c>search</c>, <c>not-found</c>).</summary>
    public required string Layout { get; init; }

    /// <summary>Path of the page from the site root, e.g. <c>countries/kazakhstan/</c>.</summary>
    public required string Path { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The navigation section the page belongs to, to mark it current.</summary>
    public string Section { get; init; } = "";

    /// <summary>OpenGraph type: <c>article</c> for articles, <c>website</c> for everything else.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>Link to the source file in the repository, when the page has one and <c>repo_url</c> is set.</summary>
    public string? EditUrl { get; init; }

    /// <summary>Last updated: the <c>updated</c> front matter, else the source file's last commit; never the build time.</summary>
    public DateView? Updated { get; init; }

    /// <summary>The pages above this one, from the home page down (the page itself is not included).</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>The body's headings, for long documents; empty when a table of contents would not help.</summary>
    public IReadOnlyList<HeadingView> Contents { get; init; } = [];

    /// <summary>The older article, on article pages.</summary>
    public LinkView? Previous { get; init; }

    /// <summary>The newer article, on article pages.</summary>
    public LinkView? Next { get; init; }

    /// <summary>Schema.org JSON-LD, already escaped for a <c>&lt;script&gt;</c> element.</summary>
    public string? LinkedData { get; init; }

    /// <summary>Extra <c>&lt;meta&gt;</c> tags (Highwire <c>citation_*</c> on articles).</summary>
    public IReadOnlyList<MetaTagView> MetaTags { get; init; } = [];

    /// <summary>
    /// When set, links on the page start from this absolute path instead of being relative: the 404 page is
    /// served at whatever address was missing, at any depth, so relative links would lead nowhere.
    /// </summary>
    public string? AbsoluteRoot { get; init; }

    /// <summary>Pages search engines should not index (the 404 page).</summary>
    public bool NoIndex { get; init; }

    public DocumentView? Document { get; init; }

    public IReadOnlyList<LinkView> Items { get; init; } = [];

    public IReadOnlyList<BibliographyEntryView> Bibliography { get; init; } = [];

    /// <summary>Files of the page's references to take away (BibTeX, RIS, CSL-JSON): linked on the page and as alternates in its head.</summary>
    public IReadOnlyList<DownloadView> Downloads { get; init; } = [];

    /// <summary>The timeline, on a <c>timeline</c> page.</summary>
    public TimelineView? Timeline { get; init; }

    /// <summary>The table of countries and documents, on a <c>matrix</c> page.</summary>
    public MatrixView? Matrix { get; init; }
}
