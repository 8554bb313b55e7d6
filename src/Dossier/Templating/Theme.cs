using Fluid;

namespace Dossier.Templating;

/// <summary>A loaded theme: its parsed layouts (parsed once per build), template options and static assets.</summary>
public sealed record Theme(
    string Name,
    IReadOnlyDictionary<string, IFluidTemplate> Layouts,
    TemplateOptions Options,
    IReadOnlyList<ThemeAsset> Assets);
