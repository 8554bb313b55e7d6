using Dossier.Diagnostics;
using Dossier.Links.Audit;
using Dossier.Links.Cache;
using Dossier.Links.Checking;
using Dossier.Links.Reporting;
using Dossier.Cli.Output;
using Dossier.Links.Targets;
using Writing = Dossier.Links.Writing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier links</c>: checks every cited URL (and every external link in page bodies), politely and with a
/// cache, and reports. Exit codes (<see cref="ExitCodes"/>): 0 nothing failing, 1 a failing verdict, 2 a usage or
/// configuration error, 3 no host name could be resolved, 130 interrupted (after saving what was checked).
/// </summary>
public sealed class LinksCommand : AsyncCommand<LinksSettings>
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _errors;
    private readonly TextWriter _output;
    private readonly TimeProvider _clock;

    public LinksCommand()
        : this(AnsiConsole.Console, Console.Error, Console.Out, TimeProvider.System)
    {
    }

    /// <param name="console">Where the text report and progress go.</param>
    /// <param name="errors">Where warnings and errors go, as plain lines (stderr, so json and markdown on stdout stay clean).</param>
    /// <param name="output">Where the json, markdown and github formats are written.</param>
    /// <param name="clock">Stamps results and ages the cache.</param>
    /// <remarks>Internal: Spectre.Console.Cli builds commands with the greediest public constructor it can satisfy.</remarks>
    internal LinksCommand(IAnsiConsole console, TextWriter errors, TextWriter output, TimeProvider clock)
    {
        _console = console;
        _errors = errors;
        _output = output;
        _clock = clock;
    }

    public override async Task<int> ExecuteAsync(CommandContext context, LinksSettings settings, CancellationToken cancellationToken)
    {
        Colour.Apply(settings, _console);
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
            _errors.WriteLine($"warning: the content has {contentErrors} error(s); documents that could not be read are not checked (run the build for details)");
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

        using var checker = new LinkChecker(options, _clock, resolver: NameResolution.FromEnvironment());
        var audit = new LinkAudit(checker, _clock);
        var progress = new LinkProgress(LinkAudit.Plan(targets));
        // From here Ctrl-C cancels the run instead of ending the process, so what was checked can be saved.
        Interruption.StopGracefully();
        AuditResult result;
        try
        {
            var run = audit.RunAsync(targets, cache, auditOptions, progress, cancellationToken);
            result = settings.ReportFormat == ReportFormat.Text && !settings.Quiet && OnTerminal
                ? await LinkProgressDisplay.ShowWhileAsync(_console, progress, run)
                : await run;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var finished = progress.Finished();
            SaveCache(cache.With(finished), cachePath);
            _errors.WriteLine($"interrupted: {finished.Count} of {progress.Total} URLs checked; their results are saved in {cachePath}");
            return ExitCodes.Interrupted;
        }

        if (result.NoHostResolved)
        {
            // Every URL would be cached as a dead link: keep the results of the last run that had a network.
            _errors.WriteLine($"error: {LineReport.OutageMessage}");
        }
        else
        {
            SaveCache(result.Cache, cachePath);
            if (settings.Write)
            {
                WriteStatuses(root, result);
            }
        }

        Report(result, settings, root);
        return result.ExitCode;
    }

    /// <summary>Writes each dead or moved source's status into its file; what changed is said on stderr, so reports on stdout stay clean.</summary>
    private void WriteStatuses(string root, AuditResult result)
    {
        var (written, refused) = Writing.SourceStatusWriter.Write(root, result);
        foreach (var file in written)
        {
            _errors.WriteLine($"wrote {file}");
        }

        foreach (var file in refused)
        {
            _errors.WriteLine($"warning: not written: {file}");
        }
    }

    private void Report(AuditResult result, LinksSettings settings, string root)
    {
        // Annotations and plain lines name files from the working directory (the repository root in Actions), so they can be clicked.
        var prefix = Path.GetRelativePath(Directory.GetCurrentDirectory(), root).Replace('\\', '/');
        prefix = prefix == "." ? "" : prefix;
        switch (settings.ReportFormat)
        {
            case ReportFormat.Json:
                JsonReport.Write(result, _output);
                break;
            case ReportFormat.Markdown:
                MarkdownReport.Write(result, _output);
                break;
            case ReportFormat.Github:
                GithubReport.Write(result, _output, prefix);
                break;
            default:
                var style = new TerminalStyle(Colour.Wanted(settings) && _console.Profile.Capabilities.Ansi);
                if (OnTerminal && TextReport.Fits(result, _console.Profile.Width))
                {
                    // On a terminal wide enough, the tables; the summary is the same line as in a log.
                    TextReport.Write(result, _console, settings.Quiet);
                    LineReport.WriteSummary(result, _output);
                }
                else
                {
                    LineReport.Write(result, _output, style, settings.Quiet, prefix);
                }

                break;
        }

        _output.Flush();
    }

    /// <summary>Standard output is a terminal someone watches (not a log, a pipe or a file).</summary>
    private bool OnTerminal => _console.Profile.Out.IsTerminal && _console.Profile.Capabilities.Interactive;

    private LinkCache LoadCache(string path)
    {
        try
        {
            return LinkCache.Load(path);
        }
        catch (LinkCacheException ex)
        {
            _errors.WriteLine($"warning: {ex.Message}; starting with an empty cache");
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
            _errors.WriteLine($"warning: the cache could not be written to {path}: {ex.Message}");
        }
    }

    private int Fail(string message)
    {
        _errors.WriteLine($"error: {message}");
        return ExitCodes.Usage;
    }
}
