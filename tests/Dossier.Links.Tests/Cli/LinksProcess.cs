using System.Diagnostics;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// Runs the real <c>dossier links</c> (the CLI assembly beside the tests) as its own process, standard output and
/// error redirected as in a CI log, or under a pseudo-terminal (<c>script</c>) as at a terminal.
/// </summary>
public static class LinksProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        public string[] Lines => Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Outcome Run(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        using var process = Process.Start(StartInfo("dotnet", [Dll, .. arguments], environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Finish(process);
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>
    /// The command with a terminal as its standard output (util-linux <c>script</c> gives it a pseudo-terminal),
    /// <paramref name="columns"/> wide when given.
    /// </summary>
    public static Outcome RunOnTerminal(IReadOnlyDictionary<string, string?>? environment, string[] arguments, int? columns = null)
    {
        var command = string.Join(' ', new[] { "dotnet", Dll }.Concat(arguments).Select(Quote));
        if (columns is { } width)
        {
            command = $"stty cols {width} rows 50; exec {command}";
        }

        using var process = Process.Start(StartInfo("script", ["-qefc", command, "/dev/null"], environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Finish(process);
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts the command without waiting (for a test that interrupts it).</summary>
    public static Process Start(params string[] arguments)
    {
        var process = Process.Start(StartInfo("dotnet", [Dll, .. arguments], null))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Sends SIGINT, as Ctrl-C at a terminal does.</summary>
    public static void Interrupt(Process process)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
    }

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");

    private static void Finish(Process process)
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dossier did not finish within 60 s");
        }

        process.WaitForExit();
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GITHUB_ACTIONS"] = "";
        start.Environment.Remove("NO_COLOR");
        start.Environment.Remove(Dossier.Cli.Commands.NameResolution.NoDnsVariable);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
