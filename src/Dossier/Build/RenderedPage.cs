namespace Dossier.Build;

/// <summary>A page's final HTML and the site path it is written at.</summary>
public sealed record RenderedPage(string Path, string Html);
