using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Turns one content file into a typed document: splits the front matter, parses it and binds it.</summary>
public static class DocumentParser
{
    /// <summary>The document, or null when the file has no usable front matter (already reported).</summary>
    /// <param name="yaml">A scanner this thread reads every file's front matter with, if it has one.</param>
    public static ContentDocument? Parse(ContentFile file, IDiagnosticSink sink, SharedYamlScanner? yaml = null)
    {
        var path = file.File.RelativePath;
        var id = Path.GetFileNameWithoutExtension(path);
        if (!DocumentId.IsValid(id))
        {
            sink.Report(new Diagnostic(DiagnosticCodes.InvalidId, Severity.Error, new SourceSpan(path, 1, 1),
                DocumentId.Reserved.Contains(id) ? $"`{id}` is a reserved name and cannot be an id" : $"`{id}` is not a valid id",
                $"rename the file: {DocumentId.Rule}"));
        }

        var block = FrontMatterSplitter.Split(file.File, sink);
        if (block is null)
        {
            return null;
        }

        var mapping = YamlFrontMatter.Parse(path, block.Yaml, block.YamlStartLine, yaml, sink, out var lines);
        if (mapping is null)
        {
            return null;
        }

        var fields = new FrontMatterFields(path, mapping, lines, file.Collection.Schema, sink);
        var source = new DocumentSource(path, file.File.Text, block.BodyStartLine, fields.ValueSpans) { Silenced = fields.Strings("silence") };
        return file.Collection.Bind(id, fields, source);
    }
}
