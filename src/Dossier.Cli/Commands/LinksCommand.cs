using Dossier.Diagnostics;
using Dossier.Links.Audit;
using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Reporting;
using Dossier.Links.Targets;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier links</c>: checks every cited URL (and every external link in page bodies), politely and with a
/// cache, and reports. Exit codes: 0 nothing failing, 1 a failing verdict, 2 a usage or configuration error.
/// </summary>
public sealed class LinksCommand : AsyncCommand<LinksSettings>
{
    private const int ConfigurationError = 2;

    private readonly IAnsiConsole _console;
    private readonly IAnsiConsole _errors;
    private readonly TextWriter _output;
    private readonly TimeProvider _clock;

    public LinksCommand()
        : this(AnsiConsole.Console, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), Console.Out, TimeProvider.System)
    {
    }

    /// <param name="console">Where the text report and progress go.</param>
    /// <param name="errors">Where warnings and configuration errors go (stderr, so json and markdown on stdout stay clean).</param>
    /// <param name="output">Where the json, markdown and github formats are written.</param>
    /// <param name="clock">Stamps results and ages the cache.</param>
    /// <remarks>Internal: Spectre.Console.Cli builds commands with the greediest public constructor it can satisfy.</remarks>
    internal LinksCommand(IAnsiConsole console, IAnsiConsole errors, TextWriter output, TimeProvider clock)
    {
        _console = console;
        _errors = errors;
        _output = output;
        _clock = clock;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, LinksSettings settings, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(settings.Source);
        if (!Directory.Exists(root))
        {
            return Fail($"the source folder {root} does not exist");
        }

        var diagnostics = new DiagnosticBag();
        var dossier = DossierLoader.Load(root, diagnostics);
        if (diagnostics.Sorted().FirstOrDefault(d => d.Code == DiagnosticCodes.SiteSettings) is { } missing)
        {
            return Fail(missing.ToString());
        }

        var contentErrors = diagnostics.Sorted().Count(d => d.IsError);
        if (contentErrors > 0)
        {
            _errors.MarkupLineInterpolated($"[yellow]warning:[/] the content has {contentErrors} error(s); documents that could not be read are not checked (run the build for details)");
        }

        var targets = LinkTargetCollector.Collect(dossier.Documents);
        if (settings.ChangedSince is { } revision)
        {
            var (changed, error) = await ChangedCitationFiles.SinceAsync(root, revision, cancellationToken);
            if (changed is null)
            {
                return Fail(error!);
            }

            targets = targets.Where(t => t.IsCitation && changed.Contains(t.Span.Path)).ToList();
        }

        var cachePath = Path.GetFullPath(settings.Cache ?? Path.Combine(root, LinkCache.DefaultPath));
        var cache = LoadCache(cachePath);
        var options = new LinkCheckerOptions
        {
            Concurrency = settings.Concurrency,
            PerHost = settings.PerHost,
            Timeout = settings.TimeoutSpan,
            MaxRetries = settings.Retries,
            AllowHosts = settings.AllowHosts,
            UserAgent = settings.UserAgent ?? LinkCheckerOptions.UserAgentFor(dossier.Settings.RepoUrl),
            WaybackEndpoint = settings.NoArchive ? null : new Uri(settings.Wayback),
        };
        var auditOptions = new AuditOptions { MaxAge = settings.MaxAgeSpan, Policy = settings.FailurePolicy, SuggestArchives = !settings.NoArchive };

        using var checker = new LinkChecker(options, _clock);
        var audit = new LinkAudit(checker, _clock);
        var result = settings.ReportFormat == ReportFormat.Text && _console.Profile.Capabilities.Interactive
            ? await RunWithProgressAsync(audit, targets, cache, auditOptions, cancellationToken)
            : await audit.RunAsync(targets, cache, auditOptions, cancellationToken: cancellationToken);

        SaveCache(result.Cache, cachePath);
        Report(result, settings.ReportFormat, root);
        return result.ExitCode;
    }

    private async Task<AuditResult> RunWithProgressAsync(LinkAudit audit, IReadOnlyList<LinkTarget> targets, LinkCache cache,
        AuditOptions options, CancellationToken cancellationToken)
    {
        var total = LinkAudit.Plan(targets).Count;
        return await _console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask($"Checking {total} URLs", maxValue: Math.Max(1, total));
                var onResult = new ProgressReporter(_ => task.Increment(1));
                return await audit.RunAsync(targets, cache, options, onResult, cancellationToken);
            });
    }

    private void Report(AuditResult result, ReportFormat format, string root)
    {
        // GitHub annotations name files from the repository root, which is the working directory in Actions.
        var prefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), root).Replace('\\', '/');
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(result, _output);
                break;
            case ReportFormat.Markdown:
                MarkdownReport.Write(result, _output);
                break;
            case ReportFormat.Github:
                GithubReport.Write(result, _output, prefix == "." ? "" : prefix);
                break;
            default:
                TextReport.Write(result, _console);
                break;
        }

        _output.Flush();
    }

    private LinkCache LoadCache(string path)
    {
        try
        {
            return LinkCache.Load(path);
        }
        catch (LinkCacheException ex)
        {
            _errors.MarkupLineInterpolated($"[yellow]warning:[/] {ex.Message}; starting with an empty cache");
            return LinkCache.Empty;
        }
    }

    private void SaveCache(LinkCache cache, string path)
    {
        try
        {
            cache.Save(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _errors.MarkupLineInterpolated($"[yellow]warning:[/] the cache could not be written to {path}: {ex.Message}");
        }
    }

    private int Fail(string message)
    {
        _errors.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ConfigurationError;
    }

    /// <summary>Reports synchronously on the checker's threads; <see cref="Progress{T}"/> would post to a context we do not have.</summary>
    private sealed class ProgressReporter(Action<LinkResult> report) : IProgress<LinkResult>
    {
        public void Report(LinkResult value) => report(value);
    }
}
