using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary>The editor's path: break a copy of the bundled content, run <c>dossier check</c>, read what it says.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Three_mistakes_give_exit_code_1_and_name_all_three_with_file_and_line()
    {
        // Given a copy of the bundled dossier with a misspelt key, an unknown citation id and a US-style date
        using var site = FixtureSite.Bundled();
        Replace(site, "content/citations/jica-tajikistan-office.md", "accessed: 2024-12-31", "acessed: 2024-12-31");
        Replace(site, "content/citations/mofa-japan-tajikistan-foreign-ministers.md", "accessed: 2024-12-31", "accessed: 12.31.2024");
        Replace(site, "content/articles/japan-central-asia-relations.md", "[@avesta-2023-intergovernmental-commission]", "[@avesta-2032-intergovernmental-commission]");

        // When the editor runs dossier check
        var outcome = CliProcess.Run(null, "check", "--source", site.Root);

        // Then it fails and names each mistake with path:line:col and a hint
        Assert.Equal(1, outcome.ExitCode);
        var errors = outcome.Stderr.Split('\n');
        Assert.Contains("content/citations/jica-tajikistan-office.md:6:1: error: unknown front-matter key `acessed` [DOS004]", errors);
        Assert.Contains("content/citations/mofa-japan-tajikistan-foreign-ministers.md:6:11: error: `accessed` is not a date: `12.31.2024` [DOS007]", errors);
        Assert.Contains(errors, line => line.StartsWith("content/articles/japan-central-asia-relations.md:", StringComparison.Ordinal)
            && line.EndsWith(": error: no citation `avesta-2032-intergovernmental-commission` [DOS012]", StringComparison.Ordinal));
        Assert.Contains("  hint: did you mean `accessed`?", errors);
        Assert.Contains("  hint: did you mean `avesta-2023-intergovernmental-commission`?", errors);
        Assert.False(Directory.Exists(site.Output), "check must not write the site");
    }

    [Fact]
    public void The_unknown_citation_is_located_at_its_at_sign()
    {
        using var site = FixtureSite.Bundled();
        var path = Path.Combine(site.Root, "content/articles/japan-central-asia-relations.md");
        Replace(site, "content/articles/japan-central-asia-relations.md", "[@jica-tajikistan-office]", "[@jica-tajikistan]");
        var lines = File.ReadAllLines(path);
        var line = Array.FindIndex(lines, l => l.Contains("[@jica-tajikistan]", StringComparison.Ordinal));
        var column = lines[line].IndexOf("@jica-tajikistan]", StringComparison.Ordinal);

        var outcome = CliProcess.Run(null, "check", "--source", site.Root);

        Assert.Contains($"content/articles/japan-central-asia-relations.md:{line + 1}:{column + 1}: error: no citation `jica-tajikistan` [DOS012]", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_github_actions_errors_are_also_annotations()
    {
        using var site = FixtureSite.Bundled();
        Replace(site, "content/citations/jica-tajikistan-office.md", "accessed: 2024-12-31", "acessed: 2024-12-31");

        var outcome = CliProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--source", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("::error file=content/citations/jica-tajikistan-office.md,line=6,col=1,title=DOS004 unknown-key::unknown front-matter key `acessed` (hint: did you mean `accessed`?)",
            outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_dossier_checks_with_exit_code_0_and_builds()
    {
        using var site = FixtureSite.Bundled();

        var check = CliProcess.Run(null, "check", "--source", site.Root);
        var build = CliProcess.Run(null, "build", "--source", site.Root);

        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain(": error:", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 errors, 1 warning", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "bibliography", "index.html")));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_exactly_as_it_was()
    {
        // Given a built site
        using var site = FixtureSite.Bundled();
        Assert.Equal(0, CliProcess.Run(null, "build", "--source", site.Root).ExitCode);
        var before = Snapshot(site.Output);

        // When the content breaks and the build runs again
        Replace(site, "content/citations/jica-tajikistan-office.md", "type: web", "type: website");
        var outcome = CliProcess.Run(null, "build", "--source", site.Root);

        // Then the build fails and every file of the previous site is unchanged
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    private static void Replace(FixtureSite site, string relative, string from, string to)
    {
        var path = Path.Combine(site.Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
