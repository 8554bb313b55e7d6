using System.Diagnostics;
using System.Net;
using Dossier.Build;
using Dossier.Build.Incremental;
using Dossier.Cli.Output;
using Dossier.Pages.Metadata;
using Dossier.Reading;
using Dossier.Serve;
using Dossier.Serve.Reload;
using Dossier.Serve.Watching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier serve</c>: builds the site, serves it on loopback, rebuilds when a source changes and has open tabs
/// reload — or, when the rebuild failed, show its errors over the last good page.
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeSettings>
{
    /// <summary>
    /// How long the sources must be quiet before a rebuild: one save is several file events within a few milliseconds.
    /// Short, because it adds to every edit's reload; a longer burst (a checkout) may cost one extra rebuild, never a lost one.
    /// </summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Output ?? Path.Combine(settings.Source, "_site");
        var linkCache = LinkHealthFile.Read(settings);
        LinkCacheNotice.Print(linkCache, DateTimeOffset.UtcNow, settings.Quiet, annotate: false, Console.Out, Console.Error);
        var options = new BuildOptions(settings.Source, output)
        {
            LinkHealth = linkCache.Health,
            IncludeDrafts = settings.Drafts,
            Strict = settings.Strict,
            Force = settings.Force,
        };

        // Kept between rebuilds so each one redoes only what an edit affects; the rebuild loop runs one build at a time.
        var memory = new BuildMemory();
        var first = Build(options, settings, memory);
        if (!first.Succeeded)
        {
            Console.Error.WriteLine(Directory.Exists(output)
                ? "The build failed; serving the previous site until the errors are fixed."
                : "The build failed; there is no site to serve until the errors are fixed.");
        }

        if (!IPAddress.IsLoopback(settings.Address))
        {
            AnsiConsole.Console.Write(new Markup(
                $"[bold red]Warning:[/] listening on [bold]{Markup.Escape(settings.Host)}[/], not loopback: anyone who can reach this " +
                $"machine can read the site (drafts included, with --drafts). This is a preview server, not a hardened one.{Environment.NewLine}"));
        }

        var events = new ServerEvents();
        SiteServer server;
        try
        {
            server = await SiteServer.StartAsync(new ServeOptions(output, settings.Address, settings.Port), events, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            // Kestrel reports a taken port as an IOException, an address this machine does not have as a SocketException.
            var hint = ex is IOException ? "try --port 0 for any free port" : "use an address of this machine, such as 127.0.0.1";
            Console.Error.WriteLine($"error: cannot listen on {settings.Host}:{settings.Port}: {ex.Message} ({hint})");
            return ExitCodes.CouldNotRun;
        }

        await using (server)
        {
            server.Requests.RootPath = first.RootPath;
            if (!first.Succeeded)
            {
                events.Publish(new ServerEvent(ServerEvent.BuildError, first.Report));
            }

            var loop = new RebuildLoop(() => Build(options, settings, memory), events, outcome => server.Requests.RootPath = outcome.RootPath);
            using var debouncer = new Debouncer(Quiet, loop.Request);
            using var watcher = new SourceWatcher(
                settings.Source,
                changed: path =>
                {
                    memory.Changes.Changed(path);
                    debouncer.Poke();
                },
                lost: () =>
                {
                    memory.Changes.Lost();
                    debouncer.Poke();
                });
            // Changes made since the first build's read were not watched: the next rebuild checks every file.
            memory.Changes.StartTracking();
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var rebuilding = loop.RunAsync(stopping.Token);

            var url = new Uri(server.Address, first.RootPath.TrimStart('/'));
            Console.Out.WriteLine($"Serving {url} (watching content/, themes/ and dossier.yml; Ctrl+C to stop)");
            await server.WaitForShutdownAsync(cancellationToken);
            await stopping.CancelAsync();
            await rebuilding;
        }

        return ExitCodes.Success;
    }

    /// <summary>One build reusing what the last one made (a failure writes nothing, so the last good site stays), reported on the terminal.</summary>
    private static BuildOutcome Build(BuildOptions options, ServeSettings settings, BuildMemory memory)
    {
        var clock = Stopwatch.StartNew();
        BuildResult result;
        try
        {
            result = BuildPipeline.Run(options, memory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file vanished mid-read (an editor's save, a checkout); the next change rebuilds.
            Console.Error.WriteLine($"error: the build stopped: {ex.Message}");
            return new BuildOutcome(false, $"error: the build stopped: {ex.Message}", RootPath(settings.Source));
        }

        new DiagnosticPrinter(settings.Source, Console.Error, Console.Out).Print(result.Diagnostics, settings.Format);
        var report = new StringWriter();
        new DiagnosticPrinter(settings.Source, report, TextWriter.Null).Print(result.Diagnostics, "text");
        if (settings.Timings)
        {
            StageTimingsTable.Print(result.Timings);
        }

        Console.Out.WriteLine(result.Succeeded
            ? $"Built {result.PageCount} pages ({result.PagesMade} made, the rest unchanged) in {clock.ElapsedMilliseconds} ms."
            : $"Build failed in {clock.ElapsedMilliseconds} ms; still serving the last good site.");
        return new BuildOutcome(result.Succeeded, report.ToString(), RootPath(settings.Source));
    }

    /// <summary>The path of <c>base_url</c> (<c>/dossier/</c>), read afresh since dossier.yml may have changed; <c>/</c> when unreadable.</summary>
    private static string RootPath(string source) => SiteUrls.RootPath(SiteSettingsReader.ReadFrom(source));
}
