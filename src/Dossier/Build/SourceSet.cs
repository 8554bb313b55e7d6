using Dossier.Reading;

namespace Dossier.Build;

/// <summary>The files a build reads: the settings file (if any) and every content file.</summary>
public sealed record SourceSet(SourceFile? Settings, IReadOnlyList<ContentFile> Files);
