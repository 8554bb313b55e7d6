using System.Globalization;
using System.Text;
using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Scaffolding;

namespace Dossier.Interchange.Import;

/// <summary>
/// <c>dossier import</c>: reads a BibTeX, RIS or CSL-JSON file and writes one citation file per entry the dossier does
/// not already have (by DOI, URL or key). An entry is written only if the file would pass <c>dossier check</c>; one
/// that would not is skipped with a diagnostic at its line. Nothing is ever overwritten.
/// </summary>
public static class CitationImport
{
    /// <summary>Larger files are refused before reading: a Zotero export of thousands of entries stays far below.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="root">The dossier's folder.</param>
    /// <param name="path">The file to import.</param>
    /// <param name="shownAs">How diagnostics name the file (default: <paramref name="path"/>, as the user typed it).</param>
    public static ImportResult Run(string root, string path, bool dryRun, CollectionSet collections, TimeProvider clock, string? shownAs = null)
    {
        var file = shownAs ?? path;
        var sink = new DiagnosticBag();
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.ImportTooLarge, Severity.Error, new SourceSpan(file, 1, 1),
                string.Create(CultureInfo.InvariantCulture, $"the file has {length:N0} bytes, more than the {MaxFileBytes / (1024 * 1024)} MB an import reads; nothing was read"),
                "export a part of the library at a time (in Zotero: export a collection)"));
            return new ImportResult(null, [], sink.Sorted());
        }

        var text = TextDecoding.Decode(file, File.ReadAllBytes(path), sink);
        if (text is null)
        {
            return new ImportResult(null, [], sink.Sorted());
        }

        if (text.Trim().Length == 0)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.ImportEmpty, Severity.Error, new SourceSpan(file, 1, 1),
                "the file is empty", "export the library (or a collection) from Zotero as BibTeX, RIS or CSL JSON"));
            return new ImportResult(null, [], sink.Sorted());
        }

        var format = InterchangeFile.Detect(file, text);
        var entries = InterchangeFile.Read(format, file, text, sink);
        if (entries.Count == 0 && !sink.HasErrors)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.ImportEmpty, Severity.Error, new SourceSpan(file, 1, 1),
                $"no {InterchangeFile.NameOf(format)} entries found in the file", ExpectedShape(format)));
        }

        var existing = ExistingContent.Read(root, collections);
        var known = KnownSources.Of(existing.Documents.OfType<Citation>(), path => ReadIfThere(Path.Combine(root, path)));
        var taken = new HashSet<string>(existing.PathsById.Keys.Select(k => k.ToLowerInvariant()), StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var outcomes = new List<ImportOutcome>();
        foreach (var entry in entries)
        {
            var outcome = Import(entry, file, known, taken, today, sink);
            if (outcome is ImportOutcome.Written written && !dryRun && !Write(root, written))
            {
                outcomes.Add(new ImportOutcome.Skipped(entry.Key, entry.Line, $"{written.RelativePath} appeared meanwhile; it was not overwritten"));
                continue;
            }

            outcomes.Add(outcome);
        }

        return new ImportResult(format, outcomes, sink.Sorted());
    }

    private static ImportOutcome Import(InterchangeEntry entry, string file, KnownSources known, HashSet<string> taken, DateOnly today, IDiagnosticSink sink)
    {
        var name = entry.Key.Length > 0 ? $"`{entry.Key}`" : $"at line {entry.Line}";
        if (known.Find(entry) is { } found)
        {
            return new ImportOutcome.AlreadyThere(entry.Key, entry.Line, found.Path, found.Because);
        }

        var notes = new List<string>();
        var unmodelled = entry.Unmodelled.ToList();
        if (entry.Title.Length == 0)
        {
            return Skip(entry, file, sink, $"the entry {name} has no title", "give it a title in Zotero and export again");
        }

        var url = entry.Url;
        if (url is null && entry.Doi is { } doi)
        {
            url = "https://doi.org/" + KnownSources.NormalDoi(doi);
            notes.Add("url: the entry has no URL; its DOI's address is used");
        }

        if (url is null)
        {
            return Skip(entry, file, sink, $"the entry {name} has no URL, and a citation needs the address of the source",
                "add the URL (or the DOI) to the item in Zotero and export again, or write the citation with `dossier new citation`");
        }

        if (!FrontMatterFields.IsHttpUrl(url))
        {
            return Skip(entry, file, sink, $"the URL of the entry {name} is not an absolute http(s) address: `{url}`", "a citation's url starts with https:// or http://");
        }

        var type = entry.Type;
        if (type is null)
        {
            type = CitationType.Web;
            notes.Add($"type: `{entry.SourceType}` has no Dossier type; `web` is used, change it if another fits");
        }

        var publisher = entry.Publisher;
        if (publisher is null)
        {
            publisher = HostOf(url);
            notes.Add("publisher: the entry names none; the site's address is used");
        }

        var accessed = entry.Accessed;
        if (accessed is not { IsFullDate: true })
        {
            if (accessed is { } partial)
            {
                unmodelled.Add(new UnmodelledField("accessed", partial.ToString()));
            }

            accessed = new PartialDate(today.Year, today.Month, today.Day);
            notes.Add("accessed: the entry gives no day it was accessed; the day of the import is used");
        }

        var language = entry.Language;
        if (language is not null && !LanguageNames.IsTag(language))
        {
            unmodelled.Add(new UnmodelledField("language", language));
            notes.Add("language: not a BCP 47 tag, so kept below; write one such as `ru`");
            language = null;
        }

        var archive = entry.ArchiveUrl;
        if (archive is not null && !FrontMatterFields.IsHttpUrl(archive))
        {
            unmodelled.Add(new UnmodelledField("archive_url", archive));
            archive = null;
        }

        var filled = entry with
        {
            Type = type, Publisher = publisher, Url = url, Accessed = accessed, Language = language, ArchiveUrl = archive,
            Doi = entry.Doi, Unmodelled = unmodelled,
        };
        var id = ImportedId.For(entry, taken);
        var relative = $"content/{BuiltInCollections.Citations.Name}/{id}.md";
        var text = ImportedCitationFile.Text(filled, Path.GetFileName(file), notes);
        if (Problems(relative, text, today) is { Count: > 0 } problems)
        {
            taken.Remove(id);
            return Skip(entry, file, sink, $"the entry {name} would not pass `dossier check`: {string.Join("; ", problems)}", "correct the entry and import again");
        }

        known.Add(filled, relative);
        return new ImportOutcome.Written(entry.Key, entry.Line, relative, text, notes);
    }

    /// <summary>What <c>dossier check</c> would say of the file alone (its fields and dates); empty when it passes.</summary>
    private static List<string> Problems(string relative, string text, DateOnly today)
    {
        var found = new DiagnosticBag();
        var document = DocumentParser.Parse(new ContentFile(BuiltInCollections.Citations, new SourceFile(relative, text)), found);
        if (document is not null)
        {
            // The checker's "today" runs to the latest date on Earth; an import uses the date here, which is never later.
            BuiltInCollections.Citations.Validate([document], today, found);
        }

        return found.Sorted().Where(d => d.IsError).Select(d => d.Message).ToList();
    }

    private static ImportOutcome.Skipped Skip(InterchangeEntry entry, string file, IDiagnosticSink sink, string message, string hint)
    {
        sink.Report(new Diagnostic(DiagnosticCodes.ImportIncomplete, Severity.Error, new SourceSpan(file, Math.Max(1, entry.Line), 1), message + "; it is skipped", hint));
        return new ImportOutcome.Skipped(entry.Key, entry.Line, message);
    }

    private static bool Write(string root, ImportOutcome.Written written)
    {
        var path = Path.Combine(root, written.RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: an import never overwrites a file, even one that appeared since the ids were read.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(written.Text));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static string HostOf(string url)
    {
        var host = new Uri(url).Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string? ReadIfThere(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static string ExpectedShape(InterchangeFormat format) => format switch
    {
        InterchangeFormat.Ris => "RIS records start with `TY  - TYPE` and end with `ER  - `",
        InterchangeFormat.CslJson => "CSL-JSON is an array of items: [{\"id\": \"…\", \"type\": \"webpage\", \"title\": \"…\"}]",
        _ => "BibTeX entries are written @type{key, title = {…}, url = {…}}",
    };
}
