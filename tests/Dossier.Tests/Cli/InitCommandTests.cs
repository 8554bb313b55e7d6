using System.Text.Json;
using Dossier.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Cli;

/// <summary><c>dossier init</c> through the real command: a dossier that builds and passes check at once, never over anything.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("dossier-init-").FullName;

    [Fact]
    public void A_new_dossier_builds_and_passes_a_strict_check_without_a_theme_folder()
    {
        // Given an empty temporary folder
        var mine = Path.Combine(_parent, "mine");

        // When a dossier is started there, then checked and built as the README says
        var init = CliProcess.Run(null, "init", mine, "--title", "Water \"and\" Power", "--base-url", "https://you.github.io/mine/");
        var check = CliProcess.Run(null, "check", "--source", mine, "--strict");
        var build = CliProcess.Run(null, "build", "--source", mine);

        // Then each succeeds, with no warning at all, and the site is written with the given title and base URL
        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("No errors (0 warnings)", check.Stdout + check.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(mine, "themes")));
        var home = File.ReadAllText(Path.Combine(mine, "_site/index.html"));
        Assert.Contains("Water &quot;and&quot; Power", home, StringComparison.Ordinal);
        Assert.Contains("https://you.github.io/mine/", File.ReadAllText(Path.Combine(mine, "_site/sitemap.xml")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(mine, "_site/articles/welcome/index.html")));
        Assert.True(File.Exists(Path.Combine(mine, "_site/countries/iceland/index.html")));
    }

    [Fact]
    public void The_new_dossier_has_its_workflows_gitignore_readme_and_editor_settings_pointing_at_its_schemas()
    {
        var mine = Path.Combine(_parent, "mine");

        var init = CliProcess.Run(null, "init", mine);

        Assert.Equal(0, init.ExitCode);
        // The workflows are YAML, run the installed tool, never the repository's project, and pin this tool's version
        foreach (var workflow in new[] { "ci.yml", "pages.yml", "links.yml" })
        {
            var text = File.ReadAllText(Path.Combine(mine, ".github/workflows", workflow));
            new YamlStream().Load(new StringReader(text));
            Assert.Contains("dotnet tool install --global Dossier.Cli --version \"$DOSSIER_VERSION\"", text, StringComparison.Ordinal);
            Assert.DoesNotContain("dotnet run", text, StringComparison.Ordinal);
            Assert.DoesNotContain("%", text.Replace("%Y", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.Contains("dossier check --format github", File.ReadAllText(Path.Combine(mine, ".github/workflows/ci.yml")), StringComparison.Ordinal);
        Assert.Contains(".dossier/links.json", File.ReadAllText(Path.Combine(mine, ".github/workflows/pages.yml")), StringComparison.Ordinal);
        Assert.Contains("schedule:", File.ReadAllText(Path.Combine(mine, ".github/workflows/links.yml")), StringComparison.Ordinal);
        Assert.Contains("_site/", File.ReadAllLines(Path.Combine(mine, ".gitignore")));
        Assert.StartsWith("# Mine\n", File.ReadAllText(Path.Combine(mine, "README.md")), StringComparison.Ordinal);

        // Every schema the editor settings name was written, and they are the ones `dossier schemas` writes
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(mine, ".vscode/settings.json")));
        var mapped = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(5, mapped.Count);
        var regenerated = Path.Combine(_parent, "regenerated");
        Assert.Equal(0, CliProcess.Run(null, "schemas", "--source", mine, "--output", regenerated).ExitCode);
        foreach (var schema in mapped)
        {
            var file = Path.GetFileName(schema);
            Assert.Equal(File.ReadAllText(Path.Combine(regenerated, file)), File.ReadAllText(Path.Combine(mine, "schemas", file)));
        }

        Assert.Equal(mapped.Count, Directory.GetFiles(regenerated).Length);
    }

    [Fact]
    public void A_folder_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        // Given a folder holding one file of someone's
        var theirs = Path.Combine(_parent, "theirs");
        Directory.CreateDirectory(theirs);
        File.WriteAllText(Path.Combine(theirs, "notes.txt"), "keep me");

        // When a dossier is started there
        var init = CliProcess.Run(null, "init", theirs);

        // Then it refuses, says why, and the folder holds only that file, unchanged
        Assert.Equal(1, init.ExitCode);
        Assert.Contains($"error: `{theirs}` is not empty (it holds notes.txt)", init.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", init.Stderr, StringComparison.Ordinal);
        Assert.Equal([Path.Combine(theirs, "notes.txt")], Directory.GetFileSystemEntries(theirs));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(theirs, "notes.txt")));
    }

    [Fact]
    public void A_base_url_that_is_not_http_is_refused()
    {
        var mine = Path.Combine(_parent, "mine");

        var init = CliProcess.Run(null, "init", mine, "--base-url", "you.github.io/mine");

        Assert.Equal(1, init.ExitCode);
        Assert.Contains("--base-url must be an absolute http(s) address", init.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(mine));
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);
}
