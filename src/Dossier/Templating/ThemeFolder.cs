namespace Dossier.Templating;

/// <summary>
/// What a dossier's <c>themes/&lt;name&gt;/</c> folder holds: layouts and partials (<c>*.liquid</c>, top level) and
/// assets (any file, any depth), each as a <see cref="ThemeFile"/> the dossier gave.
/// </summary>
public static class ThemeFolder
{
    public static IReadOnlyList<ThemeFile> Read(string root)
    {
        var files = new List<ThemeFile>();
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.liquid")
                    .Select(f => new ThemeFile($"{folder}/{Path.GetFileName(f)}", File.ReadAllBytes(f), FromDossier: true)));
            }
        }

        var assets = Path.Combine(root, "assets");
        if (Directory.Exists(assets))
        {
            files.AddRange(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => new ThemeFile("assets/" + Path.GetRelativePath(assets, f).Replace('\\', '/'), File.ReadAllBytes(f), FromDossier: true)));
        }

        return files;
    }

    /// <summary>
    /// The theme as a build uses it: the embedded default theme's files, each replaced by the dossier's file of the same
    /// path, plus the dossier's files the default has not (Hugo's lookup: the dossier's file first, then the tool's).
    /// </summary>
    public static IReadOnlyList<ThemeFile> Layered(IReadOnlyList<ThemeFile> dossier, IReadOnlyList<ThemeFile> embedded)
    {
        var byPath = embedded.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in dossier)
        {
            byPath[file.Path] = file;
        }

        return byPath.Values.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
