using System.ComponentModel;
using Dossier.Links.Audit;
using Dossier.Links.Checking;
using Dossier.Links.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier links</c>.</summary>
public sealed class LinksSettings : OutputSettings
{
    [CommandOption("--source <DIR>")]
    [Description("The dossier's folder (holding dossier.yml and content/).")]
    [DefaultValue(".")]
    public string Source { get; init; } = ".";

    [CommandOption("--cache <FILE>")]
    [Description("Where results are kept between runs. Default: .dossier/links.json in the source folder.")]
    public string? Cache { get; init; }

    [CommandOption("--max-age <AGE>")]
    [Description("Reuse cached results younger than this (e.g. 7d, 12h, 0 to re-check everything).")]
    [DefaultValue("7d")]
    public string MaxAge { get; init; } = "7d";

    [CommandOption("--changed-since <REV>")]
    [Description("Check only citation files changed since this git revision (for pull requests).")]
    public string? ChangedSince { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("text, json, markdown or github.")]
    [DefaultValue("text")]
    public string Format { get; init; } = "text";

    [CommandOption("--concurrency <N>")]
    [Description("URLs checked at once across all hosts.")]
    [DefaultValue(32)]
    public int Concurrency { get; init; } = 32;

    [CommandOption("--per-host <N>")]
    [Description("Requests in flight to one host at once; never exceeded.")]
    [DefaultValue(2)]
    public int PerHost { get; init; } = 2;

    [CommandOption("--timeout <DURATION>")]
    [Description("How long one attempt may take (e.g. 20s).")]
    [DefaultValue("20s")]
    public string Timeout { get; init; } = "20s";

    [CommandOption("--retries <N>")]
    [Description("Retries on timeouts, 429 and 5xx, with exponential backoff.")]
    [DefaultValue(3)]
    public int Retries { get; init; } = 3;

    [CommandOption("--allow-host <HOST>")]
    [Description("Allow this exact host or address although it is not public (repeatable). Link-local addresses can never be allowed.")]
    public string[] AllowHosts { get; init; } = [];

    [CommandOption("--user-agent <UA>")]
    [Description("The User-Agent sent. Default: Dossier-links naming the dossier's repo_url.")]
    public string? UserAgent { get; init; }

    [CommandOption("--fail-on <VERDICTS>")]
    [Description("Comma-separated verdicts that fail the run.")]
    [DefaultValue("broken,quote-missing,timeout")]
    public string FailOn { get; init; } = "broken,quote-missing,timeout";

    [CommandOption("--wayback <URL>")]
    [Description("The Wayback Machine availability API used for archive suggestions.")]
    [DefaultValue("https://archive.org/wayback/available")]
    public string Wayback { get; init; } = "https://archive.org/wayback/available";

    [CommandOption("--write")]
    [Description("Record what was found in the citation files of dead and moved sources: url_status, archive_url and checked (only those lines change).")]
    public bool Write { get; init; }

    [CommandOption("--no-archive")]
    [Description("Do not look up archived copies of broken or moved citations.")]
    public bool NoArchive { get; init; }

    public TimeSpan MaxAgeSpan => DurationText.TryParse(MaxAge, out var age) ? age : default;

    public TimeSpan TimeoutSpan => DurationText.TryParse(Timeout, out var timeout) ? timeout : default;

    public ReportFormat ReportFormat => Enum.Parse<ReportFormat>(Format, ignoreCase: true);

    public FailurePolicy FailurePolicy =>
        new(FailOn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => VerdictNames.TryParse(name, out var verdict) ? verdict : throw new FormatException(name))
            .ToHashSet());

    public override ValidationResult Validate()
    {
        if (!DurationText.TryParse(MaxAge, out _))
        {
            return ValidationResult.Error($"--max-age: `{MaxAge}` is not a duration such as 7d, 12h or 30m");
        }

        if (!DurationText.TryParse(Timeout, out var timeout) || timeout <= TimeSpan.Zero)
        {
            return ValidationResult.Error($"--timeout: `{Timeout}` is not a positive duration such as 20s");
        }

        if (!Enum.TryParse<ReportFormat>(Format, ignoreCase: true, out _) || int.TryParse(Format, out _))
        {
            return ValidationResult.Error($"--format: `{Format}` is not one of text, json, markdown, github");
        }

        if (Concurrency < 1 || PerHost < 1)
        {
            return ValidationResult.Error("--concurrency and --per-host must be at least 1");
        }

        if (Retries < 0)
        {
            return ValidationResult.Error("--retries cannot be negative");
        }

        var unknown = FailOn.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault(name => !VerdictNames.TryParse(name, out _));
        if (unknown is not null)
        {
            return ValidationResult.Error($"--fail-on: `{unknown}` is not a verdict (ok, redirected, broken, timeout, unverifiable, blocked, quote-missing)");
        }

        if (!Uri.TryCreate(Wayback, UriKind.Absolute, out var wayback) || wayback.Scheme is not ("http" or "https"))
        {
            return ValidationResult.Error($"--wayback: `{Wayback}` is not an http(s) URL");
        }

        return ValidationResult.Success();
    }
}
