namespace Dossier.Build.Incremental;

/// <summary>The search index file as the last build made it, and the entries (each document's JSON) it was joined from.</summary>
public sealed record RememberedSearchIndex(IReadOnlyList<byte[]> Parts, GeneratedFile File);
