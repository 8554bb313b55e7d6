namespace Dossier.Build.Incremental;

/// <summary>
/// What one build leaves for the next in the same process (<c>dossier serve</c>): each file's parse, each
/// page's inputs and output, and what the output folder holds. A build given the memory redoes only the work
/// whose inputs changed, and its output is byte-identical to a full build's. Used by one build at a time.
/// </summary>
public sealed class BuildMemory
{
    /// <param name="kept">False for a memory no later build will read (<c>dossier build</c>): the build then skips the
    /// bookkeeping only a rebuild needs (fingerprints of every page's inputs, of every written file).</param>
    public BuildMemory(bool kept = true)
    {
        Kept = kept;
    }

    /// <summary>Whether a later build will be given this memory.</summary>
    public bool Kept { get; }

    /// <summary>The length, modification time and text of each file read, so unchanged files are not read again.</summary>
    internal Reading.KnownFiles? Known => Kept ? _known : null;

    private readonly Reading.KnownFiles _known = new();

    /// <summary>
    /// Where a file watcher (<c>dossier serve</c>) reports what changes, so a rebuild reads only those files; with no
    /// watcher, every rebuild checks every file.
    /// </summary>
    public Reading.SourceChanges Changes { get; } = new();

    /// <summary>The last commit dates, with the commit they were read at.</summary>
    internal RememberedCommitDates? CommitDates { get; set; }

    /// <summary>Each content file's parse, by relative path (patched by a rebuild that parsed the same files).</summary>
    internal Dictionary<string, ParsedFile> Files { get; set; } = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);

    /// <summary>The last theme loaded without a diagnostic: its layouts parsed and its assets minified.</summary>
    internal Templating.Theme? Theme { get; set; }

    /// <summary>The last linked graph, so a rebuild that changed only bodies can patch it.</summary>
    internal RememberedGraph? Graph { get; set; }

    /// <summary>Each parsed file's fingerprints, whole and of its front matter, with the last commit date they include.</summary>
    internal IReadOnlyDictionary<ParsedFile, (int Committed, Fingerprint Whole, Fingerprint Face)> DocumentFingerprints { get; set; } =
        new Dictionary<ParsedFile, (int, Fingerprint, Fingerprint)>(ReferenceEqualityComparer.Instance);

    /// <summary>The last build's page inputs, so a rebuild after an edit of bodies alone recomputes only those around the edit.</summary>
    internal PageInputs? Inputs { get; set; }

    /// <summary>Each page, by its plan's key (a document id, or <c>page:…</c> for pages made from the whole dossier).</summary>
    internal IReadOnlyDictionary<string, RememberedPage> Pages { get; set; } = new Dictionary<string, RememberedPage>(StringComparer.Ordinal);

    /// <summary>What the per-document lints reported, by document id (the value says nothing: the diagnostics are the result).</summary>
    internal KeyedCache<bool> Lints { get; } = new();

    /// <summary>What the whole-dossier lints (unused sources, duplicate URLs, orphan pages) reported.</summary>
    internal KeyedCache<bool> DossierLints { get; } = new();

    /// <summary>Each document's entry in the search index, as JSON, by id.</summary>
    internal KeyedCache<byte[]> SearchEntries { get; } = new();

    /// <summary>The parts of the search index, by path.</summary>
    internal KeyedCache<GeneratedFile> SearchIndex { get; } = new();

    /// <summary>The feed, sitemap and robots.txt.</summary>
    internal KeyedCache<IReadOnlyList<GeneratedFile>> Feeds { get; } = new();

    /// <summary>The bibliography as BibTeX, RIS and CSL-JSON, whole and per source.</summary>
    internal KeyedCache<IReadOnlyList<GeneratedFile>> Exports { get; } = new();

    /// <summary>The last check of internal links, when the build got that far.</summary>
    internal RememberedLinkCheck? LinkProblems { get; set; }


    /// <summary>Ends a build: what it asked the caches for is what the next build may reuse.</summary>
    internal void Finish()
    {
        Lints.Finish();
        DossierLints.Finish();
        SearchEntries.Finish();
        SearchIndex.Finish();
        Feeds.Finish();
        Exports.Finish();
    }

    /// <summary>The files this process last wrote to the output folder, with their hashes; null until a write.</summary>
    internal SiteManifest? Written { get; set; }

    /// <summary>
    /// The output files last written for the theme assets and generated files, in order, each with the bytes it was made
    /// of (the same array when a rebuild kept the file), so a kept file's hash is not computed again: the exports alone
    /// are thousands of files.
    /// </summary>
    internal IReadOnlyList<SiteOutputFile> OtherOutputs { get; set; } = [];
}
