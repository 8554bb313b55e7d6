using System.Diagnostics;

namespace Dossier.Tests.Packaging;

/// <summary>
/// The README's "Start your own dossier" for real, in a temporary folder: pack the command, install it as a .NET tool
/// from that package alone, start a dossier, build and check it, and ask the tool its version.
/// </summary>
/// <remarks>
/// Fast enough for every run: the package is made from the build the tests run on (<c>--no-build</c>), and it is
/// installed offline — a nuget.config in the folder clears the machine's feeds, so the only source is the package
/// folder, and a private packages folder keeps an older package of the same version from being reused.
/// </remarks>
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Directory.CreateTempSubdirectory("dossier-tool-").FullName;

    [Fact]
    public void The_packed_tool_installs_from_the_package_folder_and_starts_builds_and_checks_a_dossier()
    {
        // Given the command packed as the README says, and a folder whose only package source is that package
        var pack = Run("dotnet", "pack", Path.Combine(RepositoryRoot.Path, "src/Dossier.Cli"), "-c", Configuration, "--no-build", "-o", Path.Combine(_root, "nupkg"));
        Assert.True(pack.ExitCode == 0, pack.Output);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "nupkg"), "Dossier.Cli.*.nupkg"));
        File.WriteAllText(Path.Combine(_root, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);

        // When it is installed, and the README's commands are run with it (init and serve; build and check too)
        var install = Run("dotnet", "tool", "install", "--tool-path", "tools", "--add-source", "./nupkg", "Dossier.Cli");
        var dossier = Path.Combine(_root, "tools", "dossier");
        var version = Run(dossier, "--version");
        var init = Run(dossier, "init", "mine", "--title", "My dossier");
        var build = Run(dossier, "build", "--source", "mine");
        var check = Run(dossier, "check", "--source", "mine", "--strict");

        // Then each succeeds: the tool names its version, and the new dossier builds into a site with the built-in theme
        Assert.True(install.ExitCode == 0, install.Output);
        Assert.Contains("Tool 'dossier.cli' (version '0.1.0') was successfully installed.", install.Output, StringComparison.Ordinal);
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.Matches(@"^0\.1\.0(\+[0-9a-f]{7,40})?\s*$", version.Output);
        Assert.True(init.ExitCode == 0, init.Output);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("My dossier", File.ReadAllText(Path.Combine(_root, "mine/_site/index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_root, "mine/_site/assets/site.css")));
        Assert.False(Directory.Exists(Path.Combine(_root, "mine/themes")));

        // And serve answers with the new dossier's home page
        var served = Serve(dossier, "mine");
        Assert.Contains("My dossier", served, StringComparison.Ordinal);
    }

    /// <summary>Starts <c>dossier serve</c> on a free port, fetches the address it prints, and stops it.</summary>
    private string Serve(string dossier, string source)
    {
        var start = new ProcessStartInfo(dossier) { WorkingDirectory = _root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "serve", "--source", source, "--port", "0", "--output", Path.Combine(_root, "served") })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (DateTime.UtcNow < deadline)
            {
                var line = process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("serve ended before printing its address");
                var match = System.Text.RegularExpressions.Regex.Match(line, @"Serving (http://127\.0\.0\.1:\d+/\S*)");
                if (match.Success)
                {
                    using var client = new HttpClient();
                    return client.GetStringAsync(new Uri(match.Groups[1].Value)).GetAwaiter().GetResult();
                }
            }

            throw new TimeoutException("serve printed no address within 2 minutes");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private (int ExitCode, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["GITHUB_ACTIONS"] = "";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within 3 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
