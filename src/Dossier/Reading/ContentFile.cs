using Dossier.Collections;

namespace Dossier.Reading;

/// <summary>A content file and the collection its folder puts it in.</summary>
public sealed record ContentFile(CollectionDescriptor Collection, SourceFile File);
