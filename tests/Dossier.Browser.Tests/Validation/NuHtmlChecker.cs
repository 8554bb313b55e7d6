using System.Diagnostics;

namespace Dossier.Browser.Tests.Validation;

/// <summary>
/// The Nu HTML Checker (the W3C validator), from the npm package <c>vnu-jar</c>, run with Java. The package is
/// installed once into a cache folder outside the repository; set <c>DOSSIER_VNU_JAR</c> to use another jar.
/// </summary>
public static class NuHtmlChecker
{
    private static readonly string CacheFolder = Path.Combine(Path.GetTempPath(), "dossier-vnu");

    /// <summary>The jar, installing it with npm when needed; null (with the reason) when that is not possible here.</summary>
    public static (string? Jar, string Reason) Find()
    {
        if (Environment.GetEnvironmentVariable("DOSSIER_VNU_JAR") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? (configured, "") : (null, $"DOSSIER_VNU_JAR={configured} does not exist");
        }

        var jar = Path.Combine(CacheFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        if (File.Exists(jar))
        {
            return (jar, "");
        }

        Directory.CreateDirectory(CacheFolder);
        var (code, output) = Run("npm", ["install", "--no-audit", "--no-fund", "--prefix", CacheFolder, "vnu-jar"], TimeSpan.FromMinutes(5));
        return File.Exists(jar) ? (jar, "") : (null, $"`npm install vnu-jar` failed (exit {code}): {output}");
    }

    /// <summary>Checks every HTML file under a folder; returns the exit code and what the checker printed.</summary>
    public static (int Code, string Output) Check(string jar, string folder) =>
        Run("java", ["-jar", jar, "--skip-non-html", "--errors-only", folder], TimeSpan.FromMinutes(5));

    private static (int Code, string Output) Run(string program, IEnumerable<string> arguments, TimeSpan patience)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(patience))
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{program} did not finish within {patience}");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return (-1, $"{program} is not installed: {ex.Message}");
        }
    }
}
