using System.Text.RegularExpressions;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary>The exit codes every command shares, and the help that lists them, from the real command with its output redirected.</summary>
public sealed class ExitCodeTests
{
    [Theory]
    [InlineData()]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("links")]
    [InlineData("new")]
    [InlineData("serve")]
    [InlineData("schemas")]
    public void Help_lists_the_exit_codes_and_gives_an_example(params string[] command)
    {
        var outcome = CliProcess.Run(null, [.. command, "--help"]);

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        var codes = lines.IndexOf("EXIT CODES:");
        Assert.True(codes >= 0, outcome.Stdout);
        Assert.Equal(["0    success", "1    content errors, failing links, or a refused `new`", "2    wrong usage or configuration"],
            lines.Skip(codes + 1).Take(3).Select(l => l.Trim()));
        Assert.Contains(lines, l => l.Trim().StartsWith("3    the check could not run", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Trim().StartsWith("130  interrupted", StringComparison.Ordinal));
        var examples = lines.IndexOf("EXAMPLES:");
        Assert.True(examples >= 0, outcome.Stdout);
        Assert.StartsWith($"dossier {(command.Length == 0 ? "" : command[0])}", lines[examples + 1].Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("check", "--format", "yaml")]
    [InlineData("check", "--source", "/no/such/dossier")]
    [InlineData("no-such-command")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        var outcome = CliProcess.Run(null, arguments);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("rror", outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void A_folder_without_dossier_yml_is_a_configuration_error_exiting_2(string command)
    {
        using var site = FixtureSite.Bundled();
        File.Delete(Path.Combine(site.Root, "dossier.yml"));

        var outcome = CliProcess.Run(null, command, "--source", site.Root);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("dossier.yml", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_exits_3_when_its_port_is_taken()
    {
        using var site = FixtureSite.Bundled();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var outcome = CliProcess.Run(null, "serve", "--source", site.Root, "--port", port);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Contains($"error: cannot listen on 127.0.0.1:{port}", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ends_with_one_unwrapped_line_of_pages_and_time()
    {
        // Given an output folder whose path is far wider than 80 columns
        using var site = FixtureSite.Bundled();
        var output = Path.Combine(site.Root, new string('o', 60), new string('p', 60), "_site");

        var outcome = CliProcess.Run(null, "build", "--source", site.Root, "--output", output);

        Assert.Equal(0, outcome.ExitCode);
        var last = outcome.Stdout.TrimEnd('\n').Split('\n')[^1];
        Assert.Matches($@"^Built \d+ pages into {Regex.Escape(output)} in \d+\.\d s\.$", last);
    }
}
