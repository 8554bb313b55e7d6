using Dossier.Build.Incremental;
using Dossier.Diagnostics;
using Dossier.Graph;
using Dossier.Markdown;
using Dossier.Reading;

namespace Dossier.Build;

/// <summary>
/// Each content file on its own, in parallel — front matter into a typed document, then its Markdown,
/// then the links in its body. A file's parse depends on <see cref="InputsOf"/> alone, so a rebuild may keep it.
/// </summary>
public static class ParseSources
{
    /// <summary>Every file, parsed side by side.</summary>
    public static IReadOnlyList<ParsedFile> Run(SourceSet sources, BodyMarkdown markdown, IDiagnosticSink sink) =>
        sources.Files.AsParallel().AsOrdered().Select(file => Parse(file, markdown, sink)).ToList();

    /// <summary>What every file's parse depends on besides the file: what HTML a body may hold.</summary>
    public static Fingerprint SettingsOf(BodyMarkdown markdown) =>
        new FingerprintBuilder().Add(string.Join('\n', markdown.AllowedHtml.Order(StringComparer.OrdinalIgnoreCase))).Build();

    /// <summary>
    /// Everything a file's parse is made from: the parse settings, its place, its collection and its bytes (as hashed
    /// when it was read; a file not read from disk is hashed here).
    /// </summary>
    public static Fingerprint InputsOf(ContentFile file, Fingerprint settings) =>
        new FingerprintBuilder()
            .Add(settings)
            .Add(file.File.RelativePath)
            .Add(file.Collection.Identity)
            .Add(new Fingerprint(file.File.BytesHash != 0 ? file.File.BytesHash : Fingerprint.Of(file.File.Text).Value))
            .Build();

    /// <summary>One file: its front matter into a typed document, then its Markdown, then the links in its body.</summary>
    public static ParsedFile Parse(ContentFile file, BodyMarkdown markdown, IDiagnosticSink sink)
    {
        ParsedDocument? parsed = null;
        if (DocumentParser.Parse(file, sink) is { } document)
        {
            parsed = ParseMarkdown.Parse(document, markdown.Pipeline, markdown.AllowedHtml, sink);
            CheckBodyLinks.Run([parsed], sink);
        }

        var text = file.File.Text;
        var frontMatter = parsed is null ? text : text[..OffsetOfLine(text, parsed.Document.Source.BodyStartLine)];
        return new ParsedFile(file, Fingerprint.Of(text), Fingerprint.Of(frontMatter), parsed);
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
