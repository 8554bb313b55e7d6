using System.Diagnostics;

namespace Dossier.Testing;

/// <summary>Runs git in a test's temporary repository; a failing git fails the test with git's own message.</summary>
public static class GitCommand
{
    public static void Run(string folder, params string[] arguments) =>
        Run(folder, new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables set for git alone, such as <c>GIT_COMMITTER_DATE</c>.</param>
    public static void Run(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var git = Process.Start(start)!;
        // Both streams are drained while git runs, so a talkative command cannot fill a pipe and hang.
        var stdout = git.StandardOutput.ReadToEndAsync();
        var stderr = git.StandardError.ReadToEndAsync();
        git.WaitForExit();
        Task.WaitAll(stdout, stderr);
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} exited with {git.ExitCode}: {stderr.Result}");
        }
    }
}
