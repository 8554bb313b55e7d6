namespace Dossier.Pages.Views;

/// <summary>
/// One entry of a timeline: its link, its date as written and as ISO, how precise that date is, and where its marks sit
/// on the axis as CSS offsets and widths (<c>Left</c>/<c>Width</c> for the date, <c>PeriodLeft</c>/<c>PeriodWidth</c>
/// for the period).
/// </summary>
public sealed record TimelineRowView(string Href, string Title)
{
    public string? TitleLang { get; init; }

    public string? Kind { get; init; }

    public string? DateText { get; init; }

    public string? DateIso { get; init; }

    /// <summary>"year only" or "month only" when the date is partial: said in words, not only drawn wide.</summary>
    public string? Precision { get; init; }

    public string? Left { get; init; }

    public string? Width { get; init; }

    public string? PeriodText { get; init; }

    public string? PeriodLeft { get; init; }

    public string? PeriodWidth { get; init; }

    /// <summary>The period has no end given: drawn to the axis' end, fading.</summary>
    public bool PeriodOpen { get; init; }

    public string? Status { get; init; }

    /// <summary>The status as a CSS class suffix (<c>in-force</c>).</summary>
    public string? StatusClass { get; init; }

    public IReadOnlyList<LinkView> Countries { get; init; } = [];
}
