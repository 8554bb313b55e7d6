using Dossier.Content;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>The files a build reads: the settings file (if any), the settings read from it, and every content file.</summary>
public sealed record SourceSet(SourceFile? SettingsFile, SiteSettings Settings, IReadOnlyList<ContentFile> Files);
