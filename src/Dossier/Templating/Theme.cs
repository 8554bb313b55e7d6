using Dossier.Build.Incremental;
using Fluid;

namespace Dossier.Templating;

/// <summary>
/// A loaded theme: its parsed layouts (parsed once per build), template options and static assets, and the fingerprint
/// of every file it was loaded from (a rebuild remakes every page when it changes).
/// </summary>
public sealed record Theme(
    string Name,
    IReadOnlyDictionary<string, IFluidTemplate> Layouts,
    TemplateOptions Options,
    IReadOnlyList<ThemeAsset> Assets,
    Fingerprint Files);
