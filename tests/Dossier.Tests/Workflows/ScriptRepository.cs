using System.Diagnostics;

namespace Dossier.Tests.Workflows;

/// <summary>
/// A temporary clone (on <c>main</c>, with a bare <c>origin</c> beside it) in which the workflow scripts of
/// <c>.github/scripts</c> run for real, with a fake <c>gh</c> first on the PATH that records each call (and the text of
/// any <c>--body-file</c>) and answers <c>pr list</c> / <c>issue list</c> with the open pull request or issue it is given.
/// </summary>
public sealed class ScriptRepository : IDisposable
{
    private const string FakeGh = """
        #!/bin/sh
        # Records the call on one line, keeps the body file's text (the script deletes it), answers the list commands.
        printf '%s\n' "$*" >> "$FAKE_GH_LOG"
        previous=""
        for argument in "$@"; do
          if [ "$previous" = "--body-file" ]; then cat "$argument" > "$FAKE_GH_LOG.body"; fi
          previous="$argument"
        done
        case "$1 $2" in
          "pr list") printf '%s\n' "$FAKE_GH_OPEN_PR" ;;
          "issue list") printf '%s\n' "$FAKE_GH_OPEN_ISSUE" ;;
        esac
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("dossier-scripts-").FullName;

    public ScriptRepository()
    {
        Directory.CreateDirectory(Bin);
        File.WriteAllText(Path.Combine(Bin, "gh"), FakeGh.ReplaceLineEndings("\n") + "\n");
        // The scripts are bash, run by the workflows on Linux runners; on Windows these tests need Git Bash and no file mode.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(Bin, "gh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        RunGit(_root, "init", "--quiet", "--bare", "--initial-branch=main", "origin.git");
        RunGit(_root, "init", "--quiet", "--initial-branch=main", "work");
        RunGit(Work, "remote", "add", "origin", Path.Combine(_root, "origin.git"));
        Write("content/citations/gone.md", "---\ntitle: Gone\nurl: https://gone.example/\n---\n");
        Write("content/citations/kept.md", "---\ntitle: Kept\nurl: https://kept.example/\n---\n");
        Write("dossier.yml", "title: Scripts\n");
        Git("add", ".");
        Git("commit", "--quiet", "--message", "Two sources");
        Git("push", "--quiet", "origin", "main");
    }

    /// <summary>The clone the scripts run in.</summary>
    public string Work => Path.Combine(_root, "work");

    private string Bin => Path.Combine(_root, "bin");

    private string Log => Path.Combine(_root, "gh.log");

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Work, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Runs <c>.github/scripts/<paramref name="script"/></c> of this repository in the clone.</summary>
    public ScriptOutcome Run(string script, string[] arguments, string? openPullRequest = null, string? openIssue = null)
    {
        File.Delete(Log);
        File.Delete(Log + ".body");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = Work, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, ".github", "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tests may themselves run under GitHub Actions: none of its variables reach the script.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GITHUB_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["PATH"] = Bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_GH_LOG"] = Log;
        start.Environment["FAKE_GH_OPEN_PR"] = openPullRequest ?? "";
        start.Environment["FAKE_GH_OPEN_ISSUE"] = openIssue ?? "";
        var (code, stdout, stderr) = Execute(start);
        return new ScriptOutcome(code, stdout, stderr,
            File.Exists(Log) ? File.ReadAllLines(Log) : [],
            File.Exists(Log + ".body") ? File.ReadAllText(Log + ".body") : null);
    }

    /// <summary>Git's output in the clone.</summary>
    public string Git(params string[] arguments) => RunGit(Work, arguments);

    /// <summary>Git's output in <c>origin.git</c>, where the scripts push.</summary>
    public string Origin(params string[] arguments) => RunGit(Path.Combine(_root, "origin.git"), arguments);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string RunGit(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.org";
        var (code, stdout, stderr) = Execute(start);
        return code == 0 ? stdout : throw new InvalidOperationException($"git {string.Join(' ', arguments)} exited with {code}: {stderr}");
    }

    private static (int Code, string Stdout, string Stderr) Execute(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} did not finish within 60 s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
