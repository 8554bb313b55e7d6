using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>
/// Each content file on its own, in parallel — front matter into a typed document, then its Markdown,
/// then the links in its body. Each file's parse depends on its text and the parse settings alone.
/// </summary>
public static class ParseSources
{
    /// <param name="earlier">
    /// The parses of an earlier build, by path: a file whose text and parse settings are the same is not parsed again,
    /// and what its parse reported is reported again. None (a build, the link checker): every file is parsed.
    /// </param>
    public static IReadOnlyList<ParsedFile> Run(
        SourceSet sources, BodyMarkdown markdown, IDiagnosticSink sink, IReadOnlyDictionary<string, ParsedFile>? earlier = null)
    {
        var basis = new FingerprintBuilder().Add(string.Join('\n', markdown.AllowedHtml.Order(StringComparer.OrdinalIgnoreCase))).Build();
        var files = sources.Files
            .AsParallel()
            .AsOrdered()
            .Select(file => earlier is not null && earlier.TryGetValue(file.File.RelativePath, out var known) && known.Matches(file, basis)
                ? known
                : Parse(file, basis, markdown))
            .ToList();

        foreach (var diagnostic in files.SelectMany(f => f.Diagnostics))
        {
            sink.Report(diagnostic);
        }

        return files;
    }

    private static ParsedFile Parse(ContentFile file, Fingerprint basis, BodyMarkdown markdown)
    {
        var reported = new DiagnosticBag();
        ParsedDocument? parsed = null;
        if (DocumentParser.Parse(file, reported) is { } document)
        {
            parsed = ParseMarkdown.Parse(document, markdown.Pipeline, markdown.AllowedHtml, reported);
            CheckBodyLinks.Run([parsed], reported);
        }

        var text = file.File.Text;
        var frontMatter = parsed is null ? text : text[..OffsetOfLine(text, parsed.Document.Source.BodyStartLine)];
        return new ParsedFile(file, basis, Fingerprint.Of(text), Fingerprint.Of(frontMatter), parsed, reported.Sorted());
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
