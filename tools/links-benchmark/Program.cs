using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Dossier.Links.Benchmark;
using Dossier.Links.Checking;

// dotnet run -c Release --project tools/links-benchmark [-- --urls 2000 --hosts 20 --per-host 2 --latency-ms 50]
// Starts and warms up the local hosts in this process, then runs the checker (and linkinator, when found)
// in child processes under /usr/bin/time -v, so each one's peak memory and CPU are measured on its own,
// not with the servers'. README.md beside this file says what each figure measures.
var options = Arguments.Parse(args);
if (options.Mode == "check")
{
    return await CheckMode.RunAsync(options);
}

if (options.Mode == "bare")
{
    return await BareClientMode.RunAsync(options);
}

var port = FreePort();
var urls = Enumerable.Range(0, options.Urls).Select(n => $"http://127.0.0.{n % options.Hosts + 1}:{port}/page/{n}").ToList();
await using var hosts = new LocalHosts(options.Hosts, port, TimeSpan.FromMilliseconds(options.LatencyMs), urls);
await hosts.StartAsync();
await hosts.WarmUpAsync(options.PerHost, rounds: 40);
var urlFile = Path.Combine(Path.GetTempPath(), $"links-benchmark-{Environment.ProcessId}.txt");
await File.WriteAllLinesAsync(urlFile, urls);

var bound = Math.Ceiling(options.Urls / (double)(options.Hosts * options.PerHost)) * options.LatencyMs / 1000.0;
Console.WriteLine($"{options.Urls} URLs on {options.Hosts} hosts, {options.LatencyMs} ms latency, per-host limit {options.PerHost}: bound {bound:0.00} s");

var self = Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal)
    ? ["dotnet", typeof(LocalHosts).Assembly.Location]
    : new[] { Environment.ProcessPath! };
string[] checkArguments = [.. self, "--mode", "check", "--url-file", urlFile, "--hosts", options.Hosts.ToString(CultureInfo.InvariantCulture),
    "--per-host", options.PerHost.ToString(CultureInfo.InvariantCulture), "--concurrency", options.Concurrency.ToString(CultureInfo.InvariantCulture)];
Report("dossier links", await Measured.RunAsync(checkArguments), hosts, options, bound);

// The same requests from a bare HttpClient: what any .NET client gets from these servers on this machine.
hosts.Reset();
Report("bare HttpClient (HEAD only, no checks)", await Measured.RunAsync([.. checkArguments.Select(a => a == "check" ? "bare" : a)]), hosts, options, bound);

var linkinator = options.Linkinator ?? FindLinkinator();
if (linkinator is null)
{
    Console.WriteLine("linkinator: not found (npm i linkinator in a temporary folder and pass --linkinator PATH)");
}
else
{
    hosts.Reset();
    Report("linkinator", await Measured.RunAsync([linkinator, $"http://127.0.0.1:{port}/index.html", "--concurrency",
        (options.Hosts * options.PerHost).ToString(CultureInfo.InvariantCulture), "--timeout", "20000", "--format", "csv"]), hosts, options, bound);
}

File.Delete(urlFile);
return 0;

static void Report(string name, Measurement run, LocalHosts hosts, Arguments options, double bound)
{
    Console.WriteLine($"{name}: exit {run.ExitCode}, process wall {run.Wall.TotalSeconds:0.00} s ({run.Wall.TotalSeconds / bound:0.00}× bound), "
        + $"{hosts.Requests} requests, {hosts.Requests / run.Wall.TotalSeconds:0} requests/s, CPU {run.CpuSeconds:0.00} s, peak memory {run.PeakMemoryMb:0} MB, "
        + $"peak in flight per host {hosts.PeakPerHost}, pages held {hosts.MeanLatency.TotalMilliseconds:0.0} ms on average");
    var own = run.Tail.Split('\n').FirstOrDefault(l => l.StartsWith("checked ", StringComparison.Ordinal));
    var checking = own is null ? null : CheckingSeconds().Match(own);
    if (checking is { Success: true })
    {
        var seconds = double.Parse(checking.Groups[1].Value, CultureInfo.InvariantCulture);
        Console.WriteLine($"  checking (the CheckAsync call, timed inside the checker process): {seconds:0.00} s ({seconds / bound:0.00}× bound); {own}");
    }

    if (run.ExitCode != 0)
    {
        Console.WriteLine(run.Tail);
    }
}

static Regex CheckingSeconds() => new(@" in ([0-9.]+) s", RegexOptions.CultureInvariant);

static string? FindLinkinator()
{
    var candidate = Path.Combine(Path.GetTempPath(), "linkinator", "node_modules", ".bin", "linkinator");
    return File.Exists(candidate) ? candidate : null;
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
