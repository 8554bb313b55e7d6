namespace Dossier.Templating;

/// <summary>
/// One file of a theme: its path inside the theme (<c>layouts/base.liquid</c>, <c>partials/head.liquid</c>,
/// <c>assets/site.css</c>), its bytes, and whether the dossier's own theme folder gave it or the embedded default theme.
/// </summary>
public sealed record ThemeFile(string Path, byte[] Content, bool FromDossier)
{
    /// <summary>The file as text (templates are UTF-8), with Windows line ends made Unix ones.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Content).Replace("\r\n", "\n", StringComparison.Ordinal);
}
