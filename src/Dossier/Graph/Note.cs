namespace Dossier.Graph;

/// <summary>A numbered footnote of a document, citing one or more sources.</summary>
public sealed record Note(int Number, IReadOnlyList<NoteEntry> Entries);
