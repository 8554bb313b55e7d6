using Dossier.Content;

namespace Dossier.CitationStyles;

/// <summary>
/// A way of writing references (Chicago notes-bibliography today). All formatting of citations
/// lives behind this interface so another style can be added without touching the pipeline.
/// </summary>
public interface ICitationStyle
{
    /// <summary>The full note for the first time a source is cited in a document.</summary>
    FormattedReference Note(Citation citation, string? locator);

    /// <summary>The short note for a source cited again in the same document.</summary>
    FormattedReference ShortNote(Citation citation, string? locator);

    /// <summary>The entry in the bibliography.</summary>
    FormattedReference BibliographyEntry(Citation citation);

    /// <summary>
    /// The entry for citing a page of the dossier itself ("Cite this page"): as a bibliography entry, without an access
    /// date, which is the reader's own and unknown when the site is built.
    /// </summary>
    FormattedReference PageEntry(Citation page);

    /// <summary>
    /// The key the bibliography is sorted by. Compare keys with
    /// <c>StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true)</c>, never ordinally,
    /// so Cyrillic and accented names sort as text on every machine.
    /// </summary>
    string SortKey(Citation citation);
}
