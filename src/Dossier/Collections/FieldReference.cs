using Dossier.Content;

namespace Dossier.Collections;

/// <summary>A front-matter field that names documents: its key, the ids as written, and the collections they may be in.</summary>
public sealed record FieldReference(string Key, IReadOnlyList<IdReference> Ids, IReadOnlyList<string> To);
