using System.Diagnostics;

namespace Dossier.Links.Targets;

/// <summary>The citation files changed since a git revision, for checking only what a pull request touches.</summary>
public static class ChangedCitationFiles
{
    /// <summary>Paths relative to <paramref name="root"/> with forward slashes, or an error message.</summary>
    public static async Task<(IReadOnlySet<string>? Paths, string? Error)> SinceAsync(string root, string revision, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // --relative makes paths relative to the dossier's folder even when it is not the repository's root.
        foreach (var argument in new[] { "diff", "--name-only", "--relative", revision, "--", "content/citations" })
        {
            start.ArgumentList.Add(argument);
        }

        Process? git;
        try
        {
            git = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (null, $"git cannot be run: {ex.Message}");
        }

        if (git is null)
        {
            return (null, "git cannot be run");
        }

        using (git)
        {
            var output = git.StandardOutput.ReadToEndAsync(cancellationToken);
            var error = git.StandardError.ReadToEndAsync(cancellationToken);
            await git.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            if (git.ExitCode != 0)
            {
                return (null, $"git diff {revision} failed: {(await error.ConfigureAwait(false)).Trim()}");
            }

            var paths = (await output.ConfigureAwait(false))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.Ordinal);
            return (paths, null);
        }
    }
}
