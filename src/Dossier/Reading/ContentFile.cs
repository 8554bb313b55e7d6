using Dossier.Content;

namespace Dossier.Reading;

/// <summary>A content file and the collection its folder puts it in.</summary>
public sealed record ContentFile(Collection Collection, SourceFile File);
