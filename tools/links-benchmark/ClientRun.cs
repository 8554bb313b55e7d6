using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Links.Benchmark;

/// <summary>
/// One measured run of one client: the process figures from <c>/usr/bin/time</c>, what the hosts counted, and —
/// for our own clients — what the client's <see cref="ClientLine"/> said about its checking.
/// </summary>
public sealed partial record ClientRun(string Tool, Measurement Process, int Requests, int PeakPerHost, double HeldMs)
{
    /// <summary>The checking alone (the <c>CheckAsync</c> call), timed in the client; null for linkinator.</summary>
    public double? CheckingSeconds { get; init; }

    /// <summary>From the start of checking to the first request reaching a host: set-up and the first compilations.</summary>
    public double? FirstRequestMs { get; init; }

    public double? FirstRoundMs { get; init; }

    public double? LaterRoundMs { get; init; }

    public int? Compiled { get; init; }

    public double? CompilingMs { get; init; }

    public static ClientRun Read(string tool, Measurement process, LocalHosts hosts)
    {
        var run = new ClientRun(tool, process, hosts.Requests, hosts.PeakPerHost, hosts.MeanLatency.TotalMilliseconds);
        var match = Line().Match(process.Tail);
        if (!match.Success)
        {
            return run;
        }

        double Number(string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        double? Optional(string group) => match.Groups[group].Success ? Number(group) : null;
        var began = long.Parse(match.Groups["began"].Value, CultureInfo.InvariantCulture);
        return run with
        {
            CheckingSeconds = Number("seconds"),
            FirstRequestMs = hosts.FirstArrival == 0 ? null : Stopwatch.GetElapsedTime(began, hosts.FirstArrival).TotalMilliseconds,
            FirstRoundMs = Optional("first"),
            LaterRoundMs = Optional("later"),
            Compiled = (int)Number("compiled"),
            CompilingMs = Number("compiling"),
        };
    }

    /// <summary>The line <see cref="ClientLine.Finish"/> prints.</summary>
    [GeneratedRegex(@"checked \d+ URLs in (?<seconds>[0-9.]+) s: .*?; began (?<began>\d+)(?:; first round (?<first>[0-9.]+) ms, then (?<later>[0-9.]+) ms a round)?; compiled (?<compiled>\d+) methods in (?<compiling>\d+) ms")]
    private static partial Regex Line();
}
