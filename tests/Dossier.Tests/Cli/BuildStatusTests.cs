using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary>The status line a large dossier's build shows on a terminal, and only there.</summary>
public sealed class BuildStatusTests
{
    [Fact]
    public void A_large_dossier_shows_a_status_while_it_builds_on_a_terminal_but_not_in_a_log()
    {
        // Given the bundled dossier with 500 more sources: more than 500 documents
        using var site = FixtureSite.Bundled();
        for (var n = 0; n < 500; n++)
        {
            File.WriteAllText(Path.Combine(site.Root, "content", "citations", $"extra-{n}.md"),
                $"---\ntitle: \"Extra {n}\"\ntype: web\npublisher: Example\nurl: \"https://example.org/extra/{n}/\"\naccessed: 2024-12-31\n---\n");
        }

        // When it is built on a terminal, then with the output redirected
        var terminal = CliProcess.RunOnTerminal(160, "build", "--source", site.Root);
        var quiet = CliProcess.RunOnTerminal(160, "build", "--source", site.Root, "--quiet");
        var log = CliProcess.Run(null, "build", "--source", site.Root);

        // Then the terminal saw the status, and the log only the line about the link cache and the last line of pages and time
        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains("Building 5", terminal.Stdout, StringComparison.Ordinal);
        // (with the stage it is in: the display redraws several times a second, and the build takes longer than that)
        Assert.Matches(@"Building [\d,]+ documents: [a-z ,]+ done", terminal.Stdout);
        Assert.Matches(@"Built \d+ pages into .+ in \d+\.\d s\.", terminal.Stdout);
        Assert.Equal(0, quiet.ExitCode);
        Assert.DoesNotContain("Building ", quiet.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, log.ExitCode);
        Assert.DoesNotContain("Building ", log.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^No link cache at .+\nBuilt \d+ pages into .+ in \d+\.\d s\.\n$", log.Stdout);
    }
}
