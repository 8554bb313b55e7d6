using Dossier.Build;

namespace Dossier.Build.Incremental;

/// <summary>One part of the search index as the last build made it, and the entries (each document's JSON) it was joined from.</summary>
public sealed record RememberedSearchIndex(IReadOnlyList<byte[]> Parts, GeneratedFile File);
