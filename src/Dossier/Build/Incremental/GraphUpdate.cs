using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;

namespace Dossier.Build.Incremental;

/// <summary>
/// Patches the last build's graph when only document bodies changed: every file in the same place, with the same front
/// matter. Titles, dates, lists and front-matter relations are then as they were; what an edited body changes is what
/// it links to and cites — so only the edited documents are linked again, and only the relations that name them are
/// made again. The result equals linking the whole dossier (tests compare the two after random edits).
/// </summary>
internal static class GraphUpdate
{
    /// <summary>Past this many edited files, linking everything is about as fast and simpler to trust.</summary>
    private const int MaxEdited = 64;

    /// <returns>The patched graph and what to remember of it, or null when the change is not one this can patch.</returns>
    public static (ContentGraph Graph, RememberedGraph Remembered)? TryApply(
        RememberedGraph previous, Fingerprint basis, IReadOnlyList<ParsedFile> files, SiteSettings settings, IDiagnosticSink sink)
    {
        var edited = Edited(previous, basis, files);
        if (edited is null)
        {
            return null;
        }

        var old = previous.Graph;
        // Only the file that won its id is linked (drafts not built and duplicates never are).
        var linked = edited.Where(e => old.Parsed.TryGetValue(e.Before.Document!.Id, out var p) && ReferenceEquals(p, e.Before.Parsed)).ToList();
        if (linked.Any(e => e.Now.Document!.Collection.IsCitable))
        {
            // Every note citing a source holds that source: patching them all is not worth it for a rare edit.
            return null;
        }

        var byId = new Dictionary<string, ContentDocument>(previous.ById, StringComparer.Ordinal);
        var parsed = new Dictionary<string, ParsedDocument>(old.Parsed, StringComparer.Ordinal);
        var swap = new Dictionary<ContentDocument, ContentDocument>(ReferenceEqualityComparer.Instance);
        foreach (var (before, now) in linked)
        {
            byId[now.Document!.Id] = now.Document;
            parsed[now.Document.Id] = now.Parsed!;
            swap[before.Document!] = now.Document;
        }

        var mentionedBy = new Dictionary<string, IReadOnlyList<ContentDocument>>(old.MentionedBy, StringComparer.Ordinal);
        var notes = new Dictionary<string, IReadOnlyList<Note>>(old.Notes, StringComparer.Ordinal);
        var resolved = new Dictionary<string, ResolvedBody>(old.Resolved, StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<string>>(old.Names, StringComparer.Ordinal);
        var uses = new Dictionary<string, IReadOnlyList<CitationUse>>(old.UsesOfCitation, StringComparer.Ordinal);
        var reported = new Dictionary<string, IReadOnlyList<Diagnostic>>(previous.ReportedByPath, StringComparer.Ordinal);
        foreach (var (before, now) in linked)
        {
            var document = now.Document!;
            var named = LinkContentGraph.LinkDocument(before.Parsed!, new ReferenceResolver(byId, previous.Drafts, settings.Collections, new DiagnosticBag()), byId).Mentions;
            var found = new DiagnosticBag();
            var relinked = LinkContentGraph.LinkDocument(now.Parsed!, new ReferenceResolver(byId, previous.Drafts, settings.Collections, found), byId);
            var naming = relinked.Mentions;
            reported[document.Source.Path] = found.Sorted();

            foreach (var target in named.Union(naming))
            {
                var others = mentionedBy.TryGetValue(target, out var list) ? list.Where(d => d.Id != document.Id) : [];
                var updated = LinkContentGraph.MentionOrder(naming.Contains(target) ? others.Append(document) : others, settings.Collections).ToList();
                Set(mentionedBy, target, updated);
            }

            var notesBefore = old.Notes.TryGetValue(document.Id, out var n) ? n : [];
            var notesNow = relinked.Notes;
            Set(notes, document.Id, notesNow);
            resolved[document.Id] = relinked.Resolved;
            names[document.Id] = relinked.Names;
            var usesNow = notesNow.SelectMany(note => note.Entries.Select(e => (e.Citation.Id, Use: new CitationUse(document, note.Number)))).ToList();
            foreach (var source in notesBefore.Concat(notesNow).SelectMany(note => note.Entries).Select(e => e.Citation.Id).Distinct(StringComparer.Ordinal))
            {
                var others = uses.TryGetValue(source, out var list) ? list.Where(u => u.Document.Id != document.Id) : [];
                Set(uses, source, LinkContentGraph.UseOrder(others.Concat(usesNow.Where(u => u.Id == source).Select(u => u.Use)), settings.Collections).ToList());
            }
        }

        foreach (var diagnostic in reported.Values.SelectMany(d => d))
        {
            sink.Report(diagnostic);
        }

        // Lists are as they were, but hold the edited documents' new copies; front-matter relations name ids, so are unchanged.
        IReadOnlyList<ContentDocument> Swapped(IReadOnlyList<ContentDocument> list) =>
            list.Any(swap.ContainsKey) ? list.Select(d => swap.TryGetValue(d, out var now) ? now : d).ToList() : list;
        var graph = new ContentGraph
        {
            Settings = settings,
            Parsed = parsed,
            Listed = old.Listed.ToDictionary(kv => kv.Key, kv => Swapped(kv.Value), StringComparer.Ordinal),
            Notes = notes,
            Resolved = resolved,
            Names = names,
            MentionedBy = mentionedBy,
            ReferencedBy = old.ReferencedBy,
            UsesOfCitation = uses,
        };
        return (graph, new RememberedGraph(basis, files, byId, previous.Drafts, graph, reported)
        {
            Patched = linked.Select(e => (e.Before.Parsed!, e.Now.Parsed!)).ToList(),
            PatchedFrom = old,
        });
    }

    /// <summary>The files edited since the remembered graph, or null when anything but bodies changed (or too many did).</summary>
    private static List<(ParsedFile Before, ParsedFile Now)>? Edited(RememberedGraph previous, Fingerprint basis, IReadOnlyList<ParsedFile> files)
    {
        if (previous.Basis != basis || previous.Files.Count != files.Count)
        {
            return null;
        }

        var edited = new List<(ParsedFile, ParsedFile)>();
        for (var i = 0; i < files.Count; i++)
        {
            var (before, now) = (previous.Files[i], files[i]);
            if (ReferenceEquals(before, now))
            {
                continue;
            }

            if (before.FrontMatter != now.FrontMatter || before.Document is null || now.Document is null
                || !string.Equals(before.Document.Source.Path, now.Document.Source.Path, StringComparison.Ordinal)
                || !string.Equals(before.Document.Id, now.Document.Id, StringComparison.Ordinal)
                || !before.Document.Collection.Equals(now.Document.Collection) || edited.Count == MaxEdited)
            {
                return null;
            }

            edited.Add((before, now));
        }

        return edited;
    }

    private static void Set<T>(Dictionary<string, IReadOnlyList<T>> relation, string key, IReadOnlyList<T> list)
    {
        if (list.Count == 0)
        {
            relation.Remove(key);
        }
        else
        {
            relation[key] = list;
        }
    }
}
