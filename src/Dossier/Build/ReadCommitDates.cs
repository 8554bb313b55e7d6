using System.Diagnostics;
using System.Globalization;
using Dossier.Build.Incremental;

namespace Dossier.Build;

/// <summary>
/// The date of the last commit that touched each file, for "last updated" on pages whose front
/// matter gives none. One <c>git log</c> for the whole repository, newest first, so the first date seen
/// for a path is its last change. Outside a repository, or without git, there are no dates: a page then
/// shows none rather than the build time, which would make every build differ.
/// </summary>
public static class ReadCommitDates
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Dates by path relative to the source folder, with forward slashes.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Run(string sourceDirectory) => Log(sourceDirectory);

    /// <summary>
    /// The same, with the commit they were read at, given the dates an earlier build read: the log (tens of
    /// milliseconds in a real repository, on every rebuild of <c>dossier serve</c>) is read again only when <c>HEAD</c>
    /// names another commit, since only commits change it.
    /// </summary>
    public static RememberedCommitDates? Run(string sourceDirectory, RememberedCommitDates? earlier)
    {
        string? head = null;
        if (!Git(sourceDirectory, ["rev-parse", "HEAD"], line => head ??= line) || head is null)
        {
            return null;
        }

        return earlier is { } known && known.Head == head ? known : new RememberedCommitDates(head, Log(sourceDirectory));
    }

    private static Dictionary<string, DateOnly> Log(string sourceDirectory)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        DateOnly? current = null;
        // Paths relative to the source folder, unquoted (non-ASCII names stay readable), committer dates as YYYY-MM-DD.
        var read = Git(sourceDirectory, ["-c", "core.quotepath=off", "log", "--format=%cs", "--name-only", "--relative", "--", "."], line =>
        {
            if (line.Length == 10 && DateOnly.TryParseExact(line, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                current = date;
            }
            else if (current is { } day)
            {
                dates.TryAdd(line, day);
            }
        });
        return read ? dates : new Dictionary<string, DateOnly>(StringComparer.Ordinal);
    }

    /// <summary>Runs git in the source folder, handing it each non-empty line of output; false when git is missing or fails.</summary>
    private static bool Git(string sourceDirectory, string[] arguments, Action<string> line)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = sourceDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return false;
            }

            git.ErrorDataReceived += (_, _) => { };
            git.BeginErrorReadLine();
            while (git.StandardOutput.ReadLine() is { } text)
            {
                if (text.Length > 0)
                {
                    line(text);
                }
            }

            return git.WaitForExit(Patience) && git.ExitCode == 0;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            // No git on this machine: pages simply show no date.
            return false;
        }
    }
}
