using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Templating;

namespace Dossier.Build;

/// <summary>
/// The whole build, stage by stage, in one place: <see cref="Run(BuildOptions, BuildMemory)"/> reads top to bottom as
/// the list of stages. Each stage is a type of its own that takes typed inputs and returns typed outputs; cross-document
/// work (linking the graph) starts only once every document is parsed. Bad content never throws: every stage reports to
/// the diagnostic bag, and nothing is written unless the whole build succeeded.
/// </summary>
/// <remarks>
/// A full build is a build with an empty <see cref="BuildMemory"/>: there is one path. What a rebuild reuses is decided
/// here, around the stages, never inside them (the reuse helpers are in BuildPipeline.Reuse.cs): each file's parse,
/// the graph patched after edits of bodies alone, and every page, entry and file whose inputs are unchanged — so it
/// writes the same bytes a full build would.
/// </remarks>
public static partial class BuildPipeline
{
    public static BuildResult Run(BuildOptions options) => Run(options, new BuildMemory(kept: false));

    public static BuildResult Run(BuildOptions options, BuildMemory memory)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer(options.OnStage);

        // Two inputs that are not content are made beside the stages that read and parse it, each on a thread of its own
        // (queued on the thread pool, they would wait behind the parallel reading and parsing they are meant to overlap),
        // and waited for by the first stage that needs them: the last commit dates (git, another process: a rebuild asks
        // it which commit HEAD names, a build reads the whole log) and the theme (its templates compiled).
        var commitDatesRead = Task.Factory.StartNew(
            () => CommitDatesOf(options, memory), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var sources = ReadSources.Run(options, memory.Known, memory.Changes, diagnostics);
        timer.Lap("read");
        var settings = sources.Settings;
        var themeLoaded = Task.Factory.StartNew(
            () => ThemeOf(options, settings.Theme, memory, diagnostics), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var markdown = BodyMarkdown.For(settings);
        var files = Parse(sources, markdown, memory, diagnostics);
        var documents = files.Select(f => f.Document).OfType<ContentDocument>().ToList();
        timer.Lap("parse");
        ValidateDocuments.Run(documents, settings.Collections, options.Clock, diagnostics);
        timer.Lap("validate");
        (var graph, memory.Graph) = LinkContentGraph.Run(
            settings, sources.SettingsFile?.Text, files, options.IncludeDrafts, options.Style, memory.Graph, memory.Kept, diagnostics);
        timer.Lap("link the graph");
        var theme = themeLoaded.GetAwaiter().GetResult();
        timer.Lap("load theme");
        var commitDates = commitDatesRead.GetAwaiter().GetResult();
        timer.Lap("commit dates");
        var inputs = memory.Kept ? InputsOf(graph, files, commitDates, options, sources, theme, memory) : PageInputs.None;
        timer.Lap("page inputs");
        Lint(graph, inputs, memory, diagnostics);
        timer.Lap("lint");
        var bodies = Bodies(graph, markdown, inputs, memory);
        timer.Lap("render Markdown");
        var context = new PageContext(graph, bodies, options.Style, commitDates) { LinkHealth = options.LinkHealth };
        // A build that writes and keeps nothing writes each page as soon as it is laid out.
        using var staging = SiteStaging.ForPagesOf(options, memory.Kept);
        var laidOut = Pages(context, theme, settings, inputs, memory, staging, diagnostics, timer);
        timer.Lap("scan links");
        var generated = SearchIndexAndFeeds(context, laidOut.Pages, inputs, memory, diagnostics);
        timer.Lap("search index, feeds");
        generated.AddRange(BibliographyExports(context, inputs, memory, diagnostics));
        timer.Lap("bibliography exports");
        var assets = theme?.Assets ?? [];
        if (!diagnostics.HasErrors)
        {
            // Only on an otherwise clean build: pages missing because of an earlier error would only repeat it.
            var otherFiles = assets.Select(a => Site.SitePaths.Assets + a.RelativePath).Concat(generated.Select(f => f.Path)).ToList();
            CheckLinks(laidOut.Pages, laidOut.MadeNow, otherFiles, memory, diagnostics);
        }

        timer.Lap("check links");
        var reported = DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict);
        var written = options.WriteOutput && !reported.Any(d => d.IsError)
            && OutputFolderRules.Allows(options.SourceDirectory, options.OutputDirectory, options.Force, diagnostics)
            && Write(options, laidOut.Pages, assets, generated, memory, staging, diagnostics);
        timer.Lap("write");
        memory.Finish();

        return new BuildResult(DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict), laidOut.Pages.Count, written)
        {
            Timings = timer.Laps,
            PagesMade = laidOut.MadeNow.Count,
        };
    }
}
