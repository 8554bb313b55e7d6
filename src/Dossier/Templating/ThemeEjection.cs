namespace Dossier.Templating;

/// <summary>
/// Copies the embedded default theme into a dossier's <c>themes/default/</c> for editing. All or nothing: when any of
/// its files exists already, nothing is written and the existing files are named.
/// </summary>
public static class ThemeEjection
{
    /// <summary>The theme folder's path relative to the dossier, with forward slashes.</summary>
    public const string Folder = "themes/" + EmbeddedTheme.Name;

    /// <param name="sourceDirectory">The dossier's folder.</param>
    /// <param name="written">The files written, relative to the dossier, when it succeeded.</param>
    /// <param name="existing">The files that exist already (relative to the dossier), when it refused.</param>
    public static bool TryEject(string sourceDirectory, out IReadOnlyList<string> written, out IReadOnlyList<string> existing)
    {
        var files = EmbeddedTheme.Files();
        var targets = files.Select(f => (File: f, Relative: $"{Folder}/{f.Path}")).ToList();
        existing = targets.Where(t => File.Exists(Path.Combine(sourceDirectory, t.Relative)) || Directory.Exists(Path.Combine(sourceDirectory, t.Relative)))
            .Select(t => t.Relative).ToList();
        if (existing.Count > 0)
        {
            written = [];
            return false;
        }

        foreach (var (file, relative) in targets)
        {
            var path = Path.Combine(sourceDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // CreateNew: a file that appeared since the check above is still never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(file.Content);
        }

        written = targets.Select(t => t.Relative).ToList();
        return true;
    }
}
