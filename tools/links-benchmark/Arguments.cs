using System.Globalization;

namespace Dossier.Links.Benchmark;

/// <summary>The benchmark's few options, <c>--name value</c> pairs.</summary>
public sealed record Arguments
{
    public string Mode { get; init; } = "run";
    public int Urls { get; init; } = 2000;
    public int Hosts { get; init; } = 20;
    public int PerHost { get; init; } = 2;
    public int Concurrency { get; init; } = 64;
    public int LatencyMs { get; init; } = 50;
    public int Runs { get; init; } = 5;
    public string? UrlFile { get; init; }
    public string? Linkinator { get; init; }
    public string? Dossier { get; init; }
    public int Seconds { get; init; } = 120;

    public static Arguments Parse(string[] args)
    {
        var parsed = new Arguments();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            int Number() => int.Parse(value, CultureInfo.InvariantCulture);
            parsed = args[i] switch
            {
                "--mode" => parsed with { Mode = value },
                "--urls" => parsed with { Urls = Number() },
                "--hosts" => parsed with { Hosts = Number() },
                "--per-host" => parsed with { PerHost = Number() },
                "--concurrency" => parsed with { Concurrency = Number() },
                "--latency-ms" => parsed with { LatencyMs = Number() },
                "--runs" => parsed with { Runs = Number() },
                "--url-file" => parsed with { UrlFile = value },
                "--linkinator" => parsed with { Linkinator = value },
                "--dossier" => parsed with { Dossier = value },
                "--seconds" => parsed with { Seconds = Number() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return parsed;
    }
}
