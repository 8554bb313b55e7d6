using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dossier.Links.Benchmark;

// dotnet run -c Release --project tools/links-benchmark [-- --urls 2000 --hosts 20 --per-host 2 --latency-ms 50 --runs 5]
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
if (options.Mode == "serve")
{
    return await ServeMode.RunAsync(options, port, urls);
}

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
string[] Client(string mode) => [.. self, "--mode", mode, "--url-file", urlFile, "--hosts", options.Hosts.ToString(CultureInfo.InvariantCulture),
    "--per-host", options.PerHost.ToString(CultureInfo.InvariantCulture), "--concurrency", options.Concurrency.ToString(CultureInfo.InvariantCulture)];
var clients = new List<(string Tool, string[] Command)>
{
    ("dossier links", Client("check")),
    // The same requests from a bare HttpClient: what any .NET client gets from these servers on this machine.
    ("bare HttpClient (HEAD only, no checks)", Client("bare")),
};
var linkinator = options.Linkinator ?? FindLinkinator();
if (linkinator is null || !File.Exists(linkinator))
{
    Console.WriteLine($"linkinator: {(linkinator is null ? "not found" : $"no such file: {linkinator}")} (npm i linkinator in a temporary folder and pass --linkinator PATH)");
}
else
{
    clients.Add(("linkinator", [linkinator, $"http://127.0.0.1:{port}/index.html", "--concurrency",
        (options.Hosts * options.PerHost).ToString(CultureInfo.InvariantCulture), "--timeout", "20000", "--format", "csv"]));
}

// Each run measures every client once, in an order that rotates from run to run, so no client always goes
// first (or last) on a machine whose speed drifts.
var report = new RunReport(bound);
for (var run = 1; run <= options.Runs; run++)
{
    for (var i = 0; i < clients.Count; i++)
    {
        var (tool, command) = clients[(i + run - 1) % clients.Count];
        hosts.Reset();
        report.Add(run, ClientRun.Read(tool, await Measured.RunAsync(command), hosts));
    }
}

report.PrintMedians();
File.Delete(urlFile);
return 0;

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
