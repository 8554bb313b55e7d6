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

    public string? Summary { get; init; }

    public static ClientRun Read(string tool, Measurement process, LocalHosts hosts)
    {
        var run = new ClientRun(tool, process, hosts.Requests, hosts.PeakPerHost, hosts.MeanLatency.TotalMilliseconds);
        var match = Line().Match(process.Tail);
        if (!match.Success)
        {
            return run;
        }

        double Number(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        double? Optional(int group) => match.Groups[group].Success ? Number(group) : null;
        var began = long.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        return run with
        {
            CheckingSeconds = Number(2),
            Summary = match.Groups[3].Value,
            FirstRequestMs = hosts.FirstArrival == 0 ? null : Stopwatch.GetElapsedTime(began, hosts.FirstArrival).TotalMilliseconds,
            FirstRoundMs = Optional(5),
            LaterRoundMs = Optional(6),
            Compiled = (int)Number(7),
            CompilingMs = Number(8),
        };
    }

    [GeneratedRegex(@"checked (\d+) URLs in ([0-9.]+) s: (.*?); began (\d+)(?:; first round ([0-9.]+) ms, then ([0-9.]+) ms a round)?; compiled (\d+) methods in (\d+) ms")]
    private static partial Regex Line();
}
