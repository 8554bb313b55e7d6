using Dossier.Build.Incremental;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Feeds;
using Dossier.Graph;
using Dossier.InternalLinks;
using Dossier.Markdown;
using Dossier.Pages;
using Dossier.Pages.Metadata;
using Dossier.Search;
using Dossier.Templating;

namespace Dossier.Build;

/// <summary>What a rebuild reuses, decided around the stages: each helper runs a stage for what changed and keeps the rest.</summary>
public static partial class BuildPipeline
{
    /// <summary>The last commit dates: a rebuild reads the log again only for another commit; a single build reads it once.</summary>
    private static IReadOnlyDictionary<string, DateOnly> CommitDatesOf(BuildOptions options, BuildMemory memory)
    {
        if (!memory.Kept)
        {
            return ReadCommitDates.Run(options.SourceDirectory);
        }

        memory.CommitDates = ReadCommitDates.Run(options.SourceDirectory, memory.CommitDates);
        return memory.CommitDates?.Dates ?? new Dictionary<string, DateOnly>();
    }

    /// <summary>The theme, kept from the last build when loaded from the same files and with nothing to report.</summary>
    private static Theme? ThemeOf(BuildOptions options, string name, BuildMemory memory, IDiagnosticSink sink)
    {
        if (!memory.Kept)
        {
            return ThemeLoader.Load(options.SourceDirectory, name, sink);
        }

        var found = new DiagnosticBag();
        var theme = ThemeLoader.Load(options.SourceDirectory, name, found, memory.Theme);
        var reported = found.Sorted();
        foreach (var diagnostic in reported)
        {
            sink.Report(diagnostic);
        }

        // A theme that reported something (a layout that does not parse) is loaded again, so it is reported again.
        memory.Theme = reported.Count == 0 ? theme : null;
        return theme;
    }

    /// <summary>Each content file's parse, made again only for a file whose place, text or parse settings changed (what a kept parse found is reported again).</summary>
    private static IReadOnlyList<ParsedFile> Parse(SourceSet sources, BodyMarkdown markdown, BuildMemory memory, IDiagnosticSink sink)
    {
        if (!memory.Kept)
        {
            return ParseSources.Run(sources, markdown, sink);
        }

        var settings = ParseSources.SettingsOf(markdown);
        var earlier = memory.Files;
        // Which parses stand is a dictionary lookup each, done in one pass; only the files to parse again are spread over
        // the cores (a parallel query over thousands of kept files cost more than the lookups themselves).
        var parsedFiles = new ParsedFile[sources.Files.Count];
        var toParse = new List<int>();
        for (var i = 0; i < parsedFiles.Length; i++)
        {
            var file = sources.Files[i];
            if (earlier.TryGetValue(file.File.RelativePath, out var kept) && kept.Stands(file, settings))
            {
                parsedFiles[i] = kept;
            }
            else
            {
                toParse.Add(i);
            }
        }

        Parallel.ForEach(toParse, i => parsedFiles[i] = ParseSources.Parse(sources.Files[i], markdown, settings));
        var parsedNow = toParse.Select(i => parsedFiles[i]).ToList();
        var files = parsedFiles.ToList();
        foreach (var diagnostic in files.SelectMany(f => f.Diagnostics))
        {
            sink.Report(diagnostic);
        }

        // As many files, each parsed now one the last parse had (paths are distinct): the same paths, so the last
        // dictionary is patched rather than made again for thousands of files after a one-file edit.
        if (files.Count == earlier.Count && parsedNow.All(f => earlier.ContainsKey(f.File.File.RelativePath)))
        {
            foreach (var parsed in parsedNow)
            {
                earlier[parsed.File.File.RelativePath] = parsed;
            }
        }
        else
        {
            memory.Files = files.ToDictionary(f => f.File.File.RelativePath, StringComparer.Ordinal);
        }

        return files;
    }

    /// <summary>The whole-dossier lints, and each document's, run again only where their inputs changed.</summary>
    private static void Lint(ContentGraph graph, PageInputs inputs, BuildMemory memory, IDiagnosticSink sink)
    {
        memory.DossierLints.GetOrMake("dossier", DossierInputs(inputs, memory), graph, static (g, found) => { LintContent.Dossier(g, found); return true; }, sink);
        var documents = graph.Parsed.Values.Select(p => p.Document).ToArray();
        Parallel.For(0, documents.Length, i =>
            memory.Lints.GetOrMake(documents[i].Id, InputsOf(inputs, documents[i].Id), (graph, documents[i]),
                static (state, found) => { LintContent.Document(state.graph, state.Item2, found); return true; }, sink));
    }

    /// <summary>Each body's HTML: rendered again only for documents whose page inputs changed.</summary>
    private static Dictionary<string, string> Bodies(ContentGraph graph, BodyMarkdown markdown, PageInputs inputs, BuildMemory memory)
    {
        var kept = memory.Pages;
        var (toRender, unchanged) = (new List<ParsedDocument>(), new List<(string Id, string Body)>(graph.Parsed.Count));
        foreach (var (id, parsed) in graph.Parsed)
        {
            if (kept.TryGetValue(id, out var page) && inputs.Documents.TryGetValue(id, out var now) && page.Inputs == now)
            {
                unchanged.Add((id, page.Body ?? ""));
            }
            else
            {
                toRender.Add(parsed);
            }
        }

        var bodies = RenderMarkdown.Run(graph, markdown.Pipeline, toRender);
        bodies.EnsureCapacity(graph.Parsed.Count);
        foreach (var (id, body) in unchanged)
        {
            bodies[id] = body;
        }

        return bodies;
    }

    /// <summary>A page's bytes, kept until the write stage; or none, when the page went straight to the staging folder.</summary>
    private static byte[]? Kept(string path, LayoutBuffer html, SiteStaging? staging)
    {
        if (staging is null)
        {
            return html.Utf8.ToArray();
        }

        staging.Write(Site.SitePaths.FileOf(path), html.Utf8);
        return null;
    }

    /// <summary>
    /// The site's pages in order: composed and laid out again only where their inputs changed, each scanned for links and
    /// kept as UTF-8 bytes as soon as it is laid out (its HTML string is let go); the others kept from the memory.
    /// </summary>
    private static (List<RememberedPage> Pages, HashSet<RememberedPage> MadeNow) Pages(
        PageContext context, Theme? theme, SiteSettings settings, PageInputs inputs, BuildMemory memory, SiteStaging? staging,
        IDiagnosticSink sink, StageTimer timer)
    {
        var kept = memory.Pages;
        var plans = ComposePages.Plan(context);
        var planInputs = plans.Select(inputs.Of).ToList();
        var toMake = Enumerable.Range(0, plans.Count)
            .Where(i => !(kept.TryGetValue(plans[i].Key, out var page) && page.Inputs == planInputs[i]))
            .ToList();
        var rootPath = SiteUrls.RootPath(settings);
        var shared = new SharedLinkText();
        // Each page is composed and laid out in one go, so its view is let go as soon as its HTML is made.
        var made = theme is null
            ? new LaidOutPage?[toMake.Count]
            : ApplyLayout.Run(toMake.Count, i => plans[toMake[i]].Compose(), theme, settings, sink, (view, html) =>
                new LaidOutPage(SitemapEntry.Of(view), Kept(view.Path, html, staging), CheckInternalLinks.Scan(view.Path, html.Text, rootPath, shared)));
        timer.Lap("compose and lay out pages");
        var madeAt = new Dictionary<int, LaidOutPage?>(toMake.Count);
        for (var m = 0; m < toMake.Count; m++)
        {
            madeAt[toMake[m]] = made[m];
        }

        var pages = new List<RememberedPage>(plans.Count);
        var remembered = new Dictionary<string, RememberedPage>(StringComparer.Ordinal);
        var madeNow = new HashSet<RememberedPage>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < plans.Count; i++)
        {
            var (key, id) = (plans[i].Key, plans[i].DocumentId);
            RememberedPage page;
            if (!madeAt.TryGetValue(i, out var output))
            {
                page = kept[key];
            }
            else if (output is not null)
            {
                var (file, bytes) = (Site.SitePaths.FileOf(output.Listing.Path), output.Bytes);
                page = new RememberedPage(planInputs[i], id is null ? null : context.BodyOf(id), output.Listing,
                    bytes is null ? SiteOutputFile.Staged(file) : new SiteOutputFile(file, () => bytes), output.Scanned);
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
        return (pages, madeNow);
    }

    /// <summary>The search index (entries and parts made again only where their inputs changed), feed, sitemap and robots.txt.</summary>
    private static List<GeneratedFile> SearchIndexAndFeeds(
        PageContext context, IReadOnlyList<RememberedPage> pages, PageInputs inputs, BuildMemory memory, IDiagnosticSink sink)
    {
        // The index lists every document in the site's order; a document's entry depends on its page inputs alone.
        var documents = context.Graph.InListOrder.ToArray();
        var entryInputs = new Fingerprint?[documents.Length];
        var entries = new byte[documents.Length][];
        Parallel.For(0, documents.Length, i =>
        {
            entryInputs[i] = InputsOf(inputs, documents[i].Id);
            entries[i] = memory.SearchEntries.GetOrMake(documents[i].Id, entryInputs[i], (context, documents[i]),
                static (state, _) => SearchIndex.JsonOf(state.context, state.Item2), sink);
        });
        var (list, parts) = ComposeSearchIndex.Plan(entries.Length);
        var generated = new List<GeneratedFile> { list };
        foreach (var (path, from, count) in parts)
        {
            var partInputs = new FingerprintBuilder().Add(count);
            for (var i = from; i < from + count && partInputs is not null; i++)
            {
                partInputs = entryInputs[i] is { } known ? partInputs.Add(known) : null;
            }

            generated.Add(memory.SearchIndex.GetOrMake(path, partInputs?.Build(), (path, new ArraySegment<byte[]>(entries, from, count)),
                static (state, _) => ComposeSearchIndex.Part(state.path, state.Item2), sink));
        }

        // The feed and sitemap show front matter only: unchanged when the whole-dossier inputs are.
        generated.AddRange(memory.Feeds.GetOrMake("feeds", DossierInputs(inputs, memory), (context, pages),
            static (state, _) => ComposeFeeds.Run(state.context, state.pages.Select(p => p.Listing).ToList()), sink));
        return generated;
    }

    /// <summary>The bibliography as BibTeX, RIS and CSL-JSON: made again only when the whole-dossier inputs (every front matter) changed.</summary>
    private static IReadOnlyList<GeneratedFile> BibliographyExports(PageContext context, PageInputs inputs, BuildMemory memory, IDiagnosticSink sink) =>
        memory.Exports.GetOrMake("bibliography", DossierInputs(inputs, memory), context.Graph, static (graph, _) => ComposeBibliographyExports.Run(graph), sink);

    /// <summary>Writes the site, only the files that changed when this process wrote the folder last.</summary>
    private static bool Write(
        BuildOptions options, IReadOnlyList<RememberedPage> pages, IReadOnlyList<ThemeAsset> assets, IReadOnlyList<GeneratedFile> generated,
        BuildMemory memory, SiteStaging? staging, IDiagnosticSink sink)
    {
        // The theme's assets and the generated files are listed in the same order on every build (a new search index
        // part or source shifts those after it), so the last build's file is looked for at the same place, counted from
        // the start and from the end: kept bytes keep their file object, whose hash is known, with no lookup by path.
        var previousOthers = memory.OtherOutputs;
        var others = new List<SiteOutputFile>(assets.Count + generated.Count);
        var othersCount = assets.Count + generated.Count;
        SiteOutputFile Other(string path, byte[] content)
        {
            var (index, fromEnd) = (others.Count, previousOthers.Count - (othersCount - others.Count));
            var file = index < previousOthers.Count && previousOthers[index].Holds(path, content) ? previousOthers[index]
                : fromEnd >= 0 && previousOthers[fromEnd].Holds(path, content) ? previousOthers[fromEnd]
                : new SiteOutputFile(path, content);
            others.Add(file);
            return file;
        }

        var outputFiles = new List<SiteOutputFile>(pages.Count + othersCount);
        outputFiles.AddRange(pages.Select(p => p.Output));
        outputFiles.AddRange(assets.Select(a => Other(Site.SitePaths.Assets + a.RelativePath, a.Content)));
        outputFiles.AddRange(generated.Select(f => Other(f.Path, f.Content)));
        memory.OtherOutputs = memory.Kept ? others : [];
        // Forget first: if this write fails half-way, the next one must not trust what this process wrote before.
        var previous = memory.Written;
        memory.Written = null;
        var written = WriteSite.Run(options.OutputDirectory, outputFiles, previous, sink, staging);
        memory.Written = written && memory.Kept ? new SiteManifest(outputFiles) : null;
        return written;
    }

    private static Fingerprint? InputsOf(PageInputs inputs, string id) => inputs.Documents.TryGetValue(id, out var known) ? known : null;

    /// <summary>The whole-dossier inputs when a later build will reuse by them; null otherwise (nothing is kept).</summary>
    private static Fingerprint? DossierInputs(PageInputs inputs, BuildMemory memory) => memory.Kept ? inputs.Dossier : null;

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

        var scanned = pages.Select(p => p.Scanned).ToList();
        var previous = memory.LinkProblems;
        var same = previous is not null && previous.HasTargets(scanned, otherFiles);
        var targets = same ? previous!.Targets : LinkTargets.Of(scanned, otherFiles);
        var toCheck = same ? pages.Where(madeNow.Contains).Select(p => p.Scanned).ToList() : scanned;
        var found = new DiagnosticBag();
        CheckInternalLinks.Check(targets, toCheck, found);
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

        memory.LinkProblems = new RememberedLinkCheck(scanned, otherFiles, targets, problems);
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
