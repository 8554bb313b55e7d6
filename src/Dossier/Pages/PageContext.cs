using Dossier.CitationStyles;
using Dossier.Content;
using Dossier.Graph;
using Dossier.Health;
using Dossier.Pages.Timelines;
using Dossier.Pages.Views;

namespace Dossier.Pages;

/// <summary>
/// What every page composer reads: the linked content graph, rendered bodies, the citation style and
/// the last commit date of each source file (empty outside a git repository).
/// </summary>
public sealed record PageContext(
    ContentGraph Graph,
    IReadOnlyDictionary<string, string> Bodies,
    ICitationStyle Style,
    IReadOnlyDictionary<string, DateOnly> CommitDates)
{
    /// <summary>The last link check of each cited URL, when a link-checker cache was given.</summary>
    public IReadOnlyDictionary<string, LinkHealth> LinkHealth { get; init; } = new Dictionary<string, LinkHealth>();

    private DossierTimelines? timelines;

    /// <summary>Every collection's timeline, placed once for all the pages of this build that show one.</summary>
    public DossierTimelines Timelines => LazyInitializer.EnsureInitialized(ref timelines, () => new DossierTimelines(Graph));

    private CitationForms? citationForms;

    /// <summary>Each source's icons, entry, notes and metadata, made once for all the pages of this build that show them.</summary>
    public CitationForms CitationForms => LazyInitializer.EnsureInitialized(ref citationForms, () => new CitationForms(this));

    private LinkCards? linkCards;

    /// <summary>The cards previewing the documents a page links to, each made once for all the pages of this build that link to it.</summary>
    public LinkCards LinkCards => LazyInitializer.EnsureInitialized(ref linkCards, () => new LinkCards(Graph));

    public string BodyOf(string id) => Bodies.TryGetValue(id, out var html) ? html : "";

    /// <summary>The editor's <c>updated</c> date, else the file's last commit, else none.</summary>
    public DateOnly? LastUpdatedOf(ContentDocument document) =>
        document.UpdatedByEditor is { } updated ? updated
        : CommitDates.TryGetValue(document.Source.Path, out var committed) ? committed
        : null;

    public DateView? UpdatedViewOf(ContentDocument document) => LastUpdatedOf(document) is { } date ? DateView.Of(date) : null;
}
