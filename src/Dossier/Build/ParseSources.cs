using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>
/// Each content file on its own, in parallel — front matter into a typed document, then its Markdown,
/// then the links in its body. A file's parse depends on its place, collection and text and the parse settings alone,
/// so a rebuild may keep it (<see cref="ParsedFile.Stands"/>).
/// </summary>
public static class ParseSources
{
    /// <summary>Every file, parsed side by side, each reporting what it found.</summary>
    public static IReadOnlyList<ParsedFile> Run(SourceSet sources, BodyMarkdown markdown, IDiagnosticSink sink)
    {
        var settings = SettingsOf(markdown);
        // One YAML scanner per thread for all the front matter it reads, made for this run and dropped with it.
        using var scanners = new ThreadLocal<SharedYamlScanner>(() => new SharedYamlScanner());
        var files = sources.Files.AsParallel().AsOrdered().Select(file => Parse(file, markdown, settings, scanners.Value)).ToList();
        foreach (var diagnostic in files.SelectMany(f => f.Diagnostics))
        {
            sink.Report(diagnostic);
        }

        return files;
    }

    /// <summary>What every file's parse depends on besides the file: what HTML a body may hold.</summary>
    public static Fingerprint SettingsOf(BodyMarkdown markdown) =>
        new FingerprintBuilder().Add(string.Join('\n', markdown.AllowedHtml.Order(StringComparer.OrdinalIgnoreCase))).Build();

    /// <summary>One file: its front matter into a typed document, then its Markdown, then the links in its body; what it found is kept with it.</summary>
    public static ParsedFile Parse(ContentFile file, BodyMarkdown markdown, Fingerprint settings, SharedYamlScanner? yaml = null)
    {
        var reported = new DiagnosticBag();
        ParsedDocument? parsed = null;
        if (DocumentParser.Parse(file, reported, yaml) is { } document)
        {
            parsed = ParseMarkdown.Parse(document, markdown.Pipeline, markdown.AllowedHtml, reported);
            CheckBodyLinks.Run([parsed], reported);
        }

        var text = file.File.Text;
        // Hashed where it stands in the text: a copy of every front matter only to hash it cost more than the hash.
        var frontMatter = parsed is null ? text : text.AsSpan(0, OffsetOfLine(text, parsed.Document.Source.BodyStartLine));
        return new ParsedFile(file, settings, Fingerprint.Of(text), Fingerprint.Of(frontMatter), parsed, reported.Sorted());
    }

    /// <summary>Where 1-based line <paramref name="line"/> starts (after <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>).</summary>
    private static int OffsetOfLine(string text, int line)
    {
        var offset = 0;
        for (var current = 1; current < line && offset < text.Length; current++)
        {
            var next = text.AsSpan(offset).IndexOfAny('\r', '\n');
            if (next < 0)
            {
                return text.Length;
            }

            offset += next + (text[offset + next] == '\r' && offset + next + 1 < text.Length && text[offset + next + 1] == '\n' ? 2 : 1);
        }

        return offset;
    }
}
