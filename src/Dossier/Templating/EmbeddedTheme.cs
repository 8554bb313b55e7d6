using System.Reflection;

namespace Dossier.Templating;

/// <summary>
/// The default theme built into the tool: the repository's <c>themes/default/</c>, linked into this assembly as resources
/// (see Dossier.csproj), so a dossier without a <c>themes/</c> folder of its own still builds, and the repository folder
/// stays the one place the theme is edited.
/// </summary>
public static class EmbeddedTheme
{
    /// <summary>The name of the theme the tool carries.</summary>
    public const string Name = "default";

    /// <summary>Resource names are this prefix, then the path inside the theme with forward slashes.</summary>
    private const string Prefix = "Dossier.Themes.default/";

    /// <summary>Every file of the embedded theme, in ordinal order of path.</summary>
    public static IReadOnlyList<ThemeFile> Files()
    {
        var assembly = typeof(EmbeddedTheme).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => new ThemeFile(n[Prefix.Length..].Replace('\\', '/'), Read(assembly, n), FromDossier: false))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
