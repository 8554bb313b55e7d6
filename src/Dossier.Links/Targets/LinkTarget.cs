using Dossier.Diagnostics;

namespace Dossier.Links.Targets;

/// <summary>One place a URL is written: which document, which key or body position, and what must be verified there.</summary>
public sealed record LinkTarget(string Url, TargetKind Kind, string DocumentId, SourceSpan Span)
{
    /// <summary>The citation's <c>quote:</c> (<see cref="TargetKind.CitationUrl"/>), or a footnote's (<see cref="TargetKind.NoteQuote"/>).</summary>
    public string? Quote { get; init; }

    /// <summary>The citation already has an <c>archive_url:</c>, so no archived copy needs suggesting.</summary>
    public bool HasArchiveUrl { get; init; }

    /// <summary>For a source's address or a footnote's quote: the source's own <c>archive_url</c>, if it has one.</summary>
    public string? ArchiveUrl { get; init; }

    /// <summary>For a source's address: the <c>url_status</c> its file records, if any.</summary>
    public Content.UrlStatus? RecordedStatus { get; init; }

    /// <summary>For a source's address or a footnote's quote: when the source was read (<c>accessed</c>), the date an archived copy should be nearest to.</summary>
    public DateOnly? Accessed { get; init; }

    /// <summary>For <see cref="TargetKind.NoteQuote"/>: the id of the source the footnote cites.</summary>
    public string? CitedId { get; init; }

    /// <summary>
    /// A source's address without an archived copy that needs one: dead or moved (by <paramref name="verdict"/>), or
    /// recorded usurped or unfit, which is never linked whatever it answers, so the copy is all its readers can be given.
    /// </summary>
    public bool WantsArchive(Checking.Verdict verdict) =>
        Kind == TargetKind.CitationUrl && !HasArchiveUrl
        && (verdict is Checking.Verdict.Broken or Checking.Verdict.Redirected || RecordedStatus is Content.UrlStatus.Usurped or Content.UrlStatus.Unfit);

    public bool IsCitation => Kind is TargetKind.CitationUrl or TargetKind.ArchiveUrl or TargetKind.NoteQuote;
}
