using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Output;

/// <summary>A build only ever replaces its own output folder, atomically, and refuses folders it must not touch.</summary>
public sealed class OutputSafetyTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/countries")]
    [InlineData("themes")]
    [InlineData("..")]
    public void An_output_folder_that_is_or_holds_the_sources_is_refused_and_nothing_is_deleted(string output)
    {
        // Given a dossier
        using var site = FixtureSite.Bundled();
        var before = SiteSnapshot.Of(site.Root);

        // When it is built into a folder that is, holds or lies inside its sources
        var outcome = CliProcess.Run(null, "build", "--source", site.Root, "--output", Path.Combine(site.Root, output), "--force");

        // Then the build refuses, and not a file of the sources changed
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("[DOS024]", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, SiteSnapshot.Of(site.Root));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("~")]
    public void The_root_and_the_home_folder_are_refused(string output)
    {
        using var site = FixtureSite.Bundled();
        var target = output == "~" ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) : output;

        var outcome = CliProcess.Run(null, "build", "--source", site.Root, "--output", target, "--force");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("it is the file-system root or your home folder", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_empty_folder_that_is_not_a_dossier_site_is_refused_unless_forced()
    {
        using var site = FixtureSite.Bundled();
        var output = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "thesis.docx"), "years of work");

        var refused = CliProcess.Run(null, "build", "--source", site.Root, "--output", output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("was not written by Dossier (use --force to replace it)", refused.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "thesis.docx")));

        var forced = CliProcess.Run(null, "build", "--source", site.Root, "--output", output, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "thesis.docx")));
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_either_the_old_site_or_the_new_one_never_a_mix()
    {
        // Given a built site, and content changed so the next build writes different bytes
        using var site = FixtureSite.Bundled();
        GrowTheDossier(site.Root, countries: 400);
        Assert.Equal(0, CliProcess.Run(null, "build", "--source", site.Root).ExitCode);
        var old = SiteSnapshot.Of(site.Output);
        ChangeEveryCountry(site.Root);

        // When rebuilds are killed at moments spread over a whole build
        var outcomes = new List<string>();
        SortedDictionary<string, string>? fresh = null;
        foreach (var delay in new[] { 150, 400, 700, 1000, 1400, 2000, 3000 })
        {
            using var build = CliProcess.Start("build", "--source", site.Root);
            Thread.Sleep(delay);
            if (!build.HasExited)
            {
                build.Kill(entireProcessTree: true);
            }

            build.WaitForExit();
            var now = SiteSnapshot.Of(site.Output);

            // Then the output is exactly the old site or exactly a complete new one
            if (now.SequenceEqual(old))
            {
                outcomes.Add("old");
                continue;
            }

            fresh ??= BuildFreshCopy(site.Root);
            Assert.Equal(fresh, now);
            outcomes.Add("new");
        }

        Assert.Contains("old", outcomes);

        // And the next build clears what the killed ones left beside the output
        Assert.Equal(0, CliProcess.Run(null, "build", "--source", site.Root).ExitCode);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_build_that_fails_after_its_pages_were_written_to_the_staging_folder_leaves_the_old_site_and_nothing_beside_it()
    {
        // Given a built site
        using var site = FixtureSite.Bundled();
        Assert.Equal(0, CliProcess.Run(null, "build", "--source", site.Root).ExitCode);
        var old = SiteSnapshot.Of(site.Output);

        // When a theme change makes every page link to a page the site does not have: found only once pages are laid out
        var footer = Path.Combine(site.Root, "themes", "default", "partials", "footer.liquid");
        File.WriteAllText(footer, File.ReadAllText(footer) + "<a href=\"{{ root }}nowhere/\">Nowhere</a>\n");
        var failed = CliProcess.Run(null, "build", "--source", site.Root);

        // Then the build fails on the broken links, the old site is exactly as it was, and no staging folder is left
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("nowhere/", failed.Stderr, StringComparison.Ordinal);
        Assert.Equal(old, SiteSnapshot.Of(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    private static SortedDictionary<string, string> BuildFreshCopy(string root)
    {
        var output = Path.Combine(Path.GetTempPath(), $"dossier-fresh-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, CliProcess.Run(null, "build", "--source", root, "--output", output).ExitCode);
            return SiteSnapshot.Of(output);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>Adds countries (each linked from an article, so no lint fires) so that writing takes a while.</summary>
    private static void GrowTheDossier(string root, int countries)
    {
        var links = new List<string>();
        for (var i = 0; i < countries; i++)
        {
            var id = $"land-{i:D4}";
            var iso = string.Concat((char)('A' + (i / 676 % 26)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26)));
            File.WriteAllText(Path.Combine(root, "content", "countries", $"{id}.md"),
                $"---\ntitle: Land {i}\niso3: Q{iso[1..]}\nregion: Nowhere\n---\nLand {i} is a test country.\n");
            links.Add($"[[{id}]]");
        }

        File.WriteAllText(Path.Combine(root, "content", "articles", "atlas.md"),
            $"---\ntitle: Atlas\ndate: 2024-01-01\n---\n{string.Join(", ", links)}.\n");
    }

    private static void ChangeEveryCountry(string root)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "content", "countries"), "land-*.md"))
        {
            File.AppendAllText(file, "Revised.\n");
        }
    }
}
