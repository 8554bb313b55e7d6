namespace Dossier.Pages.Views;

/// <summary>
/// The content of an article, country, agreement or source page: summary box, body, notes and the
/// lists of related pages. Everything here is derived from the content graph.
/// </summary>
public sealed record DocumentView
{
    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>Language of the title when it differs from the site's (a Russian source's title).</summary>
    public string? TitleLang { get; init; }

    /// <summary>A translated title shown under the original.</summary>
    public string? Subtitle { get; init; }

    public string? Lead { get; init; }

    /// <summary>A full formatted reference (on source pages), as HTML.</summary>
    public string? ReferenceHtml { get; init; }

    public IReadOnlyList<FactView> Facts { get; init; } = [];

    public string BodyHtml { get; init; } = "";

    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    /// <summary>"Cite this page", on pages a reader may cite (articles, countries, agreements, declared collections).</summary>
    public CiteView? Cite { get; init; }

    /// <summary>The slices of timelines that name this document (a country's agreements in the order they happened).</summary>
    public IReadOnlyList<TimelineView> Timelines { get; init; } = [];

    /// <summary>The cards its body's <c>[[id]]</c> links preview.</summary>
    public IReadOnlyList<CardView> Cards { get; init; } = [];
}
