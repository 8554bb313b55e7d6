using System.Diagnostics;
using System.Globalization;

namespace Dossier.Build;

/// <summary>
/// Stage 2: the date of the last commit that touched each file, for "last updated" on pages whose front
/// matter gives none. One <c>git log</c> for the whole repository, newest first, so the first date seen
/// for a path is its last change. Outside a repository, or without git, there are no dates: a page then
/// shows none rather than the build time, which would make every build differ.
/// </summary>
public static class ReadCommitDates
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Dates by path relative to the source folder, with forward slashes.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Run(string sourceDirectory)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = sourceDirectory,
        };
        // Paths relative to the source folder, unquoted (non-ASCII names stay readable), committer dates as YYYY-MM-DD.
        foreach (var argument in new[] { "-c", "core.quotepath=off", "log", "--format=%cs", "--name-only", "--relative", "--", "." })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return dates;
            }

            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            DateOnly? current = null;
            while (git.StandardOutput.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.Length == 10 && DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    current = date;
                }
                else if (current is { } day)
                {
                    dates.TryAdd(line, day);
                }
            }

            if (!git.WaitForExit(Patience) || git.ExitCode != 0)
            {
                return new Dictionary<string, DateOnly>(StringComparer.Ordinal);
            }
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // No git on this machine: pages simply show no date.
            return new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        }

        return dates;
    }
}
