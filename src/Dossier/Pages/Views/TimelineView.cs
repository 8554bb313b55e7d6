namespace Dossier.Pages.Views;

/// <summary>
/// A timeline as the theme draws it: labelled years along the axis, the dated entries in order, those without a date
/// after them, and the links that cut it by country (empty where it is not cut).
/// </summary>
public sealed record TimelineView
{
    /// <summary>An id for the timeline's heading and labels, unique on its page.</summary>
    public required string Id { get; init; }

    public required string Heading { get; init; }

    /// <summary>The first and last year of the axis, for the sentence that says what it spans.</summary>
    public string? Range { get; init; }

    public IReadOnlyList<TimelineTickView> Ticks { get; init; } = [];

    public IReadOnlyList<TimelineRowView> Rows { get; init; } = [];

    public IReadOnlyList<TimelineRowView> Undated { get; init; } = [];

    public IReadOnlyList<FilterLinkView> Filters { get; init; } = [];

    /// <summary>Links to the same entries in other views (the full timeline, the matrix).</summary>
    public IReadOnlyList<LinkView> Views { get; init; } = [];
}
