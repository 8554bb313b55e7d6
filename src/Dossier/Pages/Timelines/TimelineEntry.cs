using Dossier.Content;

namespace Dossier.Pages.Timelines;

/// <summary>
/// Where a document stands on its collection's timeline, as its collection says: the date it is placed by, the period
/// it covers, its status in readers' words and the countries it concerns (the timeline can be cut by them).
/// </summary>
public sealed record TimelineEntry(ContentDocument Document, PartialDate? When)
{
    public Period? Period { get; init; }

    public string? Status { get; init; }

    /// <summary>Ids of the countries the document names (an agreement's parties, a declared document's country fields).</summary>
    public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The date it is ordered by: when it happened, else when its period starts.</summary>
    public PartialDate? Placed => When ?? Period?.Start;
}
