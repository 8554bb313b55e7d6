using System.Globalization;

namespace Dossier.Links.Benchmark;

/// <summary>Prints each run as it ends, then every tool's medians (with the range) over all runs.</summary>
public sealed class RunReport(double boundSeconds)
{
    private readonly List<(int Run, ClientRun Client)> _runs = [];

    public void Add(int run, ClientRun client)
    {
        _runs.Add((run, client));
        var p = client.Process;
        var own = client.CheckingSeconds is { } s
            ? $"checking {s:0.000} s ({s / boundSeconds:0.00}× bound), first request after {client.FirstRequestMs:0} ms, "
              + $"first round {client.FirstRoundMs:0} ms, then {client.LaterRoundMs:0.0} ms a round, compiled {client.Compiled} methods in {client.CompilingMs:0} ms; "
            : "";
        Console.WriteLine($"run {run} · {client.Tool}: exit {p.ExitCode}, {own}process wall {p.Wall.TotalSeconds:0.00} s, CPU {p.CpuSeconds:0.00} s, "
            + $"peak memory {p.PeakMemoryMb:0} MB, {client.Requests} requests, peak in flight per host {client.PeakPerHost}, pages held {client.HeldMs:0.0} ms on average");
        if (p.ExitCode != 0)
        {
            Console.WriteLine(p.Tail);
        }
    }

    public void PrintMedians()
    {
        var runs = _runs.Select(r => r.Run).Distinct().Count();
        Console.WriteLine();
        Console.WriteLine($"Medians of {runs} run{(runs == 1 ? "" : "s")} (min–max); bound {boundSeconds:0.00} s");
        Console.WriteLine("| tool | checking s | × bound | first request ms | first round ms | later rounds ms | process wall s | requests/s (process) | CPU s | peak MB | peak per host |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var tool in _runs.Select(r => r.Client).GroupBy(c => c.Tool))
        {
            var all = tool.ToList();
            string Of(Func<ClientRun, double?> figure, string format)
            {
                var values = all.Select(figure).OfType<double>().Order().ToList();
                return values.Count == 0 ? "—"
                    : values.Count == 1 ? values[0].ToString(format, CultureInfo.InvariantCulture)
                    : $"{Median(values).ToString(format, CultureInfo.InvariantCulture)} ({values[0].ToString(format, CultureInfo.InvariantCulture)}–{values[^1].ToString(format, CultureInfo.InvariantCulture)})";
            }

            Console.WriteLine($"| {tool.Key} | {Of(c => c.CheckingSeconds, "0.000")} | {Of(c => c.CheckingSeconds / boundSeconds, "0.00")} "
                + $"| {Of(c => c.FirstRequestMs, "0")} | {Of(c => c.FirstRoundMs, "0")} | {Of(c => c.LaterRoundMs, "0.0")} "
                + $"| {Of(c => c.Process.Wall.TotalSeconds, "0.00")} | {Of(c => c.Requests / c.Process.Wall.TotalSeconds, "0")} "
                + $"| {Of(c => c.Process.CpuSeconds, "0.00")} | {Of(c => c.Process.PeakMemoryMb, "0")} | {Of(c => c.PeakPerHost, "0")} |");
        }
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
