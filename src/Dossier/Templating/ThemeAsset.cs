namespace Dossier.Templating;

/// <summary>A static file of a theme (CSS, JS, images), copied to the site under <c>assets/</c> (CSS and JS as minified).</summary>
public sealed record ThemeAsset(string RelativePath, byte[] Content);
