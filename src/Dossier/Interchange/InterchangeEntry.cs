using Dossier.Content;

namespace Dossier.Interchange;

/// <summary>
/// One bibliographic entry as the interchange formats carry it: what a <see cref="Citation"/> holds, plus the entry's
/// own key, its DOI and every field Dossier does not model (kept so an import never loses them silently).
/// Readers make these from BibTeX, RIS or CSL-JSON; writers turn them back into each format.
/// </summary>
public sealed record InterchangeEntry(string Key)
{
    /// <summary>Ours, or null when the entry's own type maps to none (the importer then says so and uses <c>web</c>).</summary>
    public CitationType? Type { get; init; }

    /// <summary>The entry's own type as the file wrote it (<c>@online</c>, <c>ELEC</c>, <c>webpage</c>), for messages.</summary>
    public string? SourceType { get; init; }

    public string Title { get; init; } = "";

    public string? TitleEn { get; init; }

    public string? Language { get; init; }

    /// <summary>The site, organisation, journal or newspaper: whatever holds the source.</summary>
    public string? Publisher { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public PartialDate? Published { get; init; }

    public string? Url { get; init; }

    public PartialDate? Accessed { get; init; }

    public string? ArchiveUrl { get; init; }

    public string? Doi { get; init; }

    /// <summary>Fields Dossier does not model, in the order the entry gave them (name as the format spells it).</summary>
    public IReadOnlyList<UnmodelledField> Unmodelled { get; init; } = [];

    /// <summary>The 1-based line the entry starts on in the file it was read from (0 when it was not read from a file).</summary>
    public int Line { get; init; }

    /// <summary>The entry a citation exports as: its id is the key.</summary>
    public static InterchangeEntry Of(Citation citation) => new(citation.Id)
    {
        Type = citation.Type,
        Title = citation.Title,
        TitleEn = citation.TitleEn,
        Language = citation.Language,
        Publisher = citation.Publisher,
        Authors = citation.Authors,
        Published = citation.Published,
        Url = citation.Url,
        Accessed = new PartialDate(citation.Accessed.Year, citation.Accessed.Month, citation.Accessed.Day),
        ArchiveUrl = citation.ArchiveUrl,
    };

    /// <summary>
    /// True when both entries say the same about the source (key, type, fields, authors in order), ignoring where they
    /// were read from and what was not modelled: what a round trip through one of our writers and readers must keep.
    /// </summary>
    public bool SameSourceAs(InterchangeEntry other) =>
        Key == other.Key && Type == other.Type && Title == other.Title && TitleEn == other.TitleEn && Language == other.Language
        && Publisher == other.Publisher && Authors.SequenceEqual(other.Authors) && Published == other.Published && Url == other.Url
        && Accessed == other.Accessed && ArchiveUrl == other.ArchiveUrl && Doi == other.Doi;
}
