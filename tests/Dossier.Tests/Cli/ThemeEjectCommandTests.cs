using Dossier.Tests.Fixtures;
using Dossier.Tests.Templating;

namespace Dossier.Tests.Cli;

/// <summary><c>dossier theme eject</c>: the built-in theme copied out for editing, never over a file that exists.</summary>
public sealed class ThemeEjectCommandTests
{
    [Fact]
    public void Eject_writes_the_built_in_theme_and_the_site_is_the_same_built_from_it()
    {
        // Given a dossier on the built-in theme, built once
        using var dossier = ThemeLookupTests.WithoutTheme();
        Assert.True(ThemeLookupTests.Build(dossier).Written);
        var before = SiteFiles(dossier.Root);

        // When the theme is ejected and the dossier built again from the ejected files
        var ejected = CliProcess.Run(null, "theme", "eject", "--source", dossier.Root);
        Assert.True(ThemeLookupTests.Build(dossier).Written);

        // Then every file of the repository's theme is there, byte for byte, and the site did not change
        Assert.Equal(0, ejected.ExitCode);
        var repositoryTheme = Path.Combine(RepositoryRoot.Path, "themes/default");
        foreach (var file in Directory.EnumerateFiles(repositoryTheme, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(repositoryTheme, file).Replace('\\', '/');
            Assert.Contains($"wrote themes/default/{relative}", ejected.Stdout, StringComparison.Ordinal);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dossier.Root, "themes/default", relative)));
        }

        Assert.Equal(before, SiteFiles(dossier.Root));
    }

    [Fact]
    public void Eject_refuses_when_a_theme_file_exists_names_it_and_writes_nothing()
    {
        // Given a dossier that overrides one layout
        using var dossier = ThemeLookupTests.WithoutTheme();
        dossier.Write("themes/default/layouts/home.liquid", "mine\n");

        // When the theme is ejected
        var outcome = CliProcess.Run(null, "theme", "eject", "--source", dossier.Root);

        // Then it refuses, names the file, leaves it as it was and writes no other file
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("themes/default/layouts/home.liquid", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("never overwritten", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(dossier.Root, "themes/default/layouts/home.liquid")));
        Assert.Equal(["layouts/home.liquid"], Directory.EnumerateFiles(Path.Combine(dossier.Root, "themes/default"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(dossier.Root, "themes/default"), f).Replace('\\', '/')));
    }

    private static Dictionary<string, byte[]> SiteFiles(string root)
    {
        var site = Path.Combine(root, "_site");
        return Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetRelativePath(site, f), File.ReadAllBytes);
    }
}
