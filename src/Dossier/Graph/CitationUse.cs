using Dossier.Content;

namespace Dossier.Graph;

/// <summary>A place a source is cited: the citing document and the footnote number there.</summary>
public sealed record CitationUse(ContentDocument Document, int NoteNumber);
