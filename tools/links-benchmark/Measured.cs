using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Links.Benchmark;

/// <summary>Runs a command under <c>/usr/bin/time -v</c> and reads its wall time, CPU time and maximum resident set size.</summary>
public static partial class Measured
{
    public static async Task<Measurement> RunAsync(IReadOnlyList<string> command)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-v");
        foreach (var part in command)
        {
            start.ArgumentList.Add(part);
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var wall = Stopwatch.GetElapsedTime(started);
        var err = await errors;
        var rss = MaxRss().Match(err);
        var peak = rss.Success ? double.Parse(rss.Groups[1].Value, CultureInfo.InvariantCulture) / 1024 : double.NaN;
        var cpu = Seconds(UserTime().Match(err)) + Seconds(SystemTime().Match(err));
        var all = (await output) + err;
        var exit = ExitStatus().Match(err) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : process.ExitCode;
        return new Measurement(exit, wall, cpu, peak, all.Length > 1500 ? all[^1500..] : all);
    }

    private static double Seconds(Match match) =>
        match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    [GeneratedRegex(@"User time \(seconds\): ([0-9.]+)")]
    private static partial Regex UserTime();

    [GeneratedRegex(@"System time \(seconds\): ([0-9.]+)")]
    private static partial Regex SystemTime();

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxRss();

    [GeneratedRegex(@"Exit status: (\d+)")]
    private static partial Regex ExitStatus();
}
