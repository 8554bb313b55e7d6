using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.InternalLinks;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Pages.Metadata;
using Dossier.Reading;
using Dossier.Search;
using Dossier.Templating;

namespace Dossier.Build;

/// <summary>
/// The whole build, stage by stage, in one place. Each stage is a type of its own; cross-document
/// work (linking the graph) starts only once every document is parsed. Bad content never throws:
/// every stage reports to the diagnostic bag, and nothing is written unless the whole build succeeded.
/// </summary>
/// <remarks>
/// A full build is a build with an empty <see cref="BuildMemory"/>: there is one path, and a rebuild given the
/// previous build's memory reuses each file's parse and each page whose inputs are unchanged, so it writes the
/// same bytes a full build would.
/// </remarks>
public static class BuildPipeline
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static BuildResult Run(BuildOptions options) => Run(options, new BuildMemory(kept: false));

    public static BuildResult Run(BuildOptions options, BuildMemory memory)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        var sources = ReadSources.Run(options, memory.Known, memory.Changes, diagnostics);
        timer.Lap("read");
        // A rebuild reads the log again only for another commit; a single build reads it once.
        memory.CommitDates = memory.Kept ? ReadCommitDates.Run(options.SourceDirectory, memory.CommitDates) : null;
        var commitDates = memory.CommitDates?.Dates ?? (memory.Kept ? new Dictionary<string, DateOnly>() : ReadCommitDates.Run(options.SourceDirectory));
        timer.Lap("commit dates");
        var settings = sources.Settings;
        var markdown = BodyMarkdown.For(settings);
        var files = ParseSources.Run(sources, markdown, diagnostics, memory.Files);
        memory.Files = files.ToDictionary(f => f.File.File.RelativePath, StringComparer.Ordinal);
        var parsed = files.Select(f => f.Parsed).OfType<ParsedDocument>().ToList();
        var documents = parsed.Select(p => p.Document).ToList();
        timer.Lap("parse");
        ValidateDocuments.Run(documents, settings.Collections, options.Clock, diagnostics);
        timer.Lap("validate");
        (var graph, memory.Graph) = LinkContentGraph.Run(
            settings, sources.SettingsFile?.Text, files, options.IncludeDrafts, options.Style, memory.Graph, memory.Kept, diagnostics);
        timer.Lap("link the graph");
        var theme = ThemeLoader.Load(options.SourceDirectory, settings.Theme, diagnostics);
        timer.Lap("load theme");
        var inputs = memory.Kept ? InputsOf(graph, files, commitDates, options, sources, theme, memory) : PageInputs.None;
        var kept = memory.Pages;
        bool Unchanged(string id) => kept.TryGetValue(id, out var page) && inputs.Documents.TryGetValue(id, out var now) && page.Inputs == now;
        timer.Lap("page inputs");
        Fingerprint? InputsFor(string id) => inputs.Documents.TryGetValue(id, out var known) ? known : null;
        Fingerprint? dossierInputs = memory.Kept ? inputs.Dossier : null;
        memory.DossierLints.GetOrMake("dossier", dossierInputs, sink => { LintContent.Dossier(graph, sink); return true; }, diagnostics);
        graph.Parsed.Values.AsParallel().ForAll(p =>
            memory.Lints.GetOrMake(p.Document.Id, InputsFor(p.Document.Id), sink => { LintContent.Document(graph, p.Document, sink); return true; }, diagnostics));
        timer.Lap("lint");

        var bodies = RenderMarkdown.Run(graph, markdown.Pipeline, graph.Parsed.Values.Where(p => !Unchanged(p.Document.Id)));
        foreach (var id in graph.Parsed.Keys.Where(Unchanged))
        {
            bodies[id] = kept[id].Body ?? "";
        }

        timer.Lap("render Markdown");
        var context = new PageContext(graph, bodies, options.Style, commitDates) { LinkHealth = options.LinkHealth };
        var plans = ComposePages.Plan(context);
        var planInputs = plans.Select(inputs.Of).ToList();
        var toMake = Enumerable.Range(0, plans.Count)
            .Where(i => !(kept.TryGetValue(plans[i].Key, out var page) && page.Inputs == planInputs[i]))
            .ToList();
        var views = toMake.AsParallel().AsOrdered().Select(i => plans[i].Compose()).ToList();
        timer.Lap("compose pages");
        var rootPath = SiteUrls.RootPath(settings);
        // Each page is scanned for links and kept as UTF-8 bytes as soon as it is laid out; its HTML string is let go.
        var made = theme is null
            ? []
            : ApplyLayout.Run(views, theme, settings, diagnostics, page =>
                (page.Path, Bytes: Utf8.GetBytes(page.Html), Scanned: CheckInternalLinks.Scan(page, rootPath)));
        timer.Lap("apply layout");
        var madeByPath = made.ToDictionary(page => page.Path, StringComparer.Ordinal);
        var viewOf = toMake.Zip(views).ToDictionary(x => x.First, x => x.Second);

        // The site's pages in order: each either made now or kept from the memory.
        var pages = new List<RememberedPage>(plans.Count);
        var remembered = new Dictionary<string, RememberedPage>(StringComparer.Ordinal);
        var madeNow = new HashSet<RememberedPage>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < plans.Count; i++)
        {
            var (key, id) = (plans[i].Key, plans[i].DocumentId);
            RememberedPage page;
            if (!viewOf.TryGetValue(i, out var view))
            {
                page = kept[key];
            }
            else if (madeByPath.TryGetValue(view.Path, out var output))
            {
                var bytes = output.Bytes;
                page = new RememberedPage(planInputs[i], id is null ? null : bodies[id], view,
                    new SiteOutputFile(Site.SitePaths.FileOf(output.Path), () => bytes), output.Scanned);
                madeNow.Add(page);
            }
            else
            {
                continue;
            }

            pages.Add(page);
            remembered[key] = page;
        }

        memory.Pages = remembered;
        timer.Lap("scan links");

        // The index lists every document in the site's order; a document's entry depends on its page inputs alone.
        var entries = graph.InListOrder.AsParallel().AsOrdered()
            .Select(d => (Inputs: InputsFor(d.Id), Json: memory.SearchEntries.GetOrMake(d.Id, InputsFor(d.Id), _ => SearchIndex.ToJson(SearchIndex.EntryOf(context, d)), diagnostics)))
            .ToList();
        var (list, parts) = ComposeSearchIndex.Plan(entries.Count);
        var generated = new List<GeneratedFile> { list };
        foreach (var (path, from, count) in parts)
        {
            var part = entries.GetRange(from, count);
            var partInputs = part.All(e => e.Inputs is not null) ? part.Aggregate(new FingerprintBuilder().Add(count), (f, e) => f.Add(e.Inputs!.Value)).Build() : (Fingerprint?)null;
            generated.Add(memory.SearchIndex.GetOrMake(path, partInputs, _ => ComposeSearchIndex.Part(path, part.Select(e => e.Json).ToList()), diagnostics));
        }

        // The feed and sitemap show front matter only: unchanged when the whole-dossier inputs are.
        generated.AddRange(memory.Feeds.GetOrMake("feeds", dossierInputs, _ => ComposeFeeds.Run(context, pages.Select(p => p.View).ToList()), diagnostics));
        timer.Lap("search index, feeds");
        var assets = theme?.Assets ?? [];
        if (!diagnostics.HasErrors)
        {
            // Only on an otherwise clean build: pages missing because of an earlier error would only repeat it.
            var otherFiles = assets.Select(a => Site.SitePaths.Assets + a.RelativePath).Concat(generated.Select(f => f.Path)).ToList();
            CheckLinks(pages, madeNow, otherFiles, memory, diagnostics);
        }

        timer.Lap("check links");

        var reported = DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict);
        var written = false;
        if (options.WriteOutput && !reported.Any(d => d.IsError)
            && OutputFolderRules.Allows(options.SourceDirectory, options.OutputDirectory, options.Force, diagnostics))
        {
            var outputFiles = pages.Select(p => p.Output)
                .Concat(assets.Select(a => new SiteOutputFile(Site.SitePaths.Assets + a.RelativePath, () => a.Content)))
                .Concat(generated.Select(f => new SiteOutputFile(f.Path, () => f.Content)))
                .ToList();
            // Forget first: if this write fails half-way, the next one must not trust what this process wrote before.
            var previous = memory.Written;
            memory.Written = null;
            written = WriteSite.Run(options.OutputDirectory, outputFiles, previous, diagnostics);
            memory.Written = written && memory.Kept ? SiteManifest.Of(outputFiles) : null;
        }

        timer.Lap("write");
        memory.Finish();

        return new BuildResult(DiagnosticPolicy.Apply(diagnostics.Sorted(), settings, documents, options.Strict), pages.Count, written)
        {
            Timings = timer.Laps,
            PagesMade = made.Count,
        };
    }

    /// <summary>
    /// Checks every internal link, or, when the site's files and ids are what the memory's check saw, only the links of
    /// pages made now: a kept page's links were checked against the same targets, and what was found then is reported again.
    /// </summary>
    private static void CheckLinks(
        IReadOnlyList<RememberedPage> pages, IReadOnlySet<RememberedPage> madeNow, IReadOnlyList<string> otherFiles, BuildMemory memory, IDiagnosticSink sink)
    {
        if (!memory.Kept)
        {
            CheckInternalLinks.Check(pages.Select(p => p.Scanned).ToList(), otherFiles, sink);
            return;
        }

        var targets = new FingerprintBuilder().Add(otherFiles.Count);
        foreach (var file in otherFiles.Order(StringComparer.Ordinal))
        {
            targets.Add(file);
        }

        foreach (var page in pages)
        {
            targets.Add(page.Scanned.File).Add(page.Scanned.IdsFingerprint);
        }

        var now = targets.Build();
        var previous = memory.LinkProblems;
        var same = previous is not null && previous.Targets == now;
        var scanned = pages.Select(p => p.Scanned).ToList();
        var toCheck = same ? pages.Where(madeNow.Contains).Select(p => p.Scanned).ToList() : scanned;
        var found = new DiagnosticBag();
        CheckInternalLinks.Check(scanned, otherFiles, toCheck, found);
        var problems = found.Sorted().ToList();
        if (same)
        {
            // The same targets mean the same pages: what a kept page's links were found to miss, they still miss.
            var checkedNow = toCheck.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(previous!.Diagnostics.Where(d => !checkedNow.Contains(d.Span.Path)));
        }

        foreach (var problem in problems)
        {
            sink.Report(problem);
        }

        memory.LinkProblems = new RememberedLinkCheck(now, problems);
    }

    /// <summary>Every page's inputs: patched around the edited documents when the graph was, else computed for the whole dossier.</summary>
    private static PageInputs InputsOf(
        ContentGraph graph, IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, DateOnly> commitDates, BuildOptions options,
        SourceSet sources, Theme? theme, BuildMemory memory)
    {
        var documents = DocumentFingerprints(files, commitDates, memory);
        var basis = BuildBasis.Of(sources.SettingsFile, theme, options.IncludeDrafts, options.LinkHealth);
        var inputs = memory is { Inputs: { } previous, Graph: { Patched: { } edited, PatchedFrom: { } from } }
            && PageInputs.Update(previous, graph, from, documents, basis, edited) is { } updated
            ? updated
            : PageInputs.Of(graph, documents, basis);
        memory.Inputs = inputs;
        return inputs;
    }

    /// <summary>
    /// Each document's whole fingerprint (text, path, last commit date) and its face: what other pages show of it
    /// (front matter, path, last commit date; the notes citing a source are added to that source's page inputs).
    /// </summary>
    private static Dictionary<string, (Fingerprint Whole, Fingerprint Face)> DocumentFingerprints(
        IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, DateOnly> commitDates, BuildMemory memory)
    {
        // Hashed once per parse and last commit date: a rebuild after one edit hashes one file, not thousands.
        var known = memory.DocumentFingerprints;
        var now = new Dictionary<ParsedFile, (int, Fingerprint, Fingerprint)>(files.Count, ReferenceEqualityComparer.Instance);
        var fingerprints = new Dictionary<string, (Fingerprint, Fingerprint)>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Document is not { } document)
            {
                continue;
            }

            var committed = commitDates.TryGetValue(document.Source.Path, out var date) ? date.DayNumber : -1;
            if (!known.TryGetValue(file, out var remembered) || remembered.Committed != committed)
            {
                var whole = new FingerprintBuilder().Add(file.Text).Add(document.Source.Path).Add(committed).Build();
                var face = new FingerprintBuilder().Add(file.FrontMatter).Add(document.Source.Path).Add(committed).Build();
                remembered = (committed, whole, face);
            }

            now[file] = remembered;
            fingerprints[document.Id] = (remembered.Whole, remembered.Face);
        }

        memory.DocumentFingerprints = now;
        return fingerprints;
    }
}
