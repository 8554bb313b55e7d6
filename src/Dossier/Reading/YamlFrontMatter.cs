using Dossier.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dossier.Reading;

/// <summary>Parses front-matter YAML into a mapping node, turning YAML errors into diagnostics.</summary>
public static class YamlFrontMatter
{
    /// <summary>The top-level mapping, or null after reporting why there is none.</summary>
    public static YamlMappingNode? Parse(string path, string yaml, int startLine, IDiagnosticSink sink)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return new YamlMappingNode();
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new DuplicateKeySkipper(new GuardedYamlEvents(new Parser(new StringReader(yaml))), key =>
                sink.Report(new Diagnostic(DiagnosticCodes.DuplicateKey, Severity.Error,
                    new SourceSpan(path, (int)key.Start.Line + startLine - 1, (int)key.Start.Column),
                    $"`{key.Value}` is given twice", "keep one of the two lines"))));
        }
        catch (YamlException ex)
        {
            var span = new SourceSpan(path, (int)ex.Start.Line + startLine - 1, (int)ex.Start.Column);
            sink.Report(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error, span,
                $"front matter is not valid YAML: {Describe(ex)}",
                "check indentation (spaces, not tabs), colons after keys, and quote values that contain `: ` or start with `[`, `{`, `*`, `&` or `!`"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some broken input — `[unclosed` at the end of the
            // block, or a structure its representation model cannot load (found by fuzzing); an editor still
            // deserves a diagnostic, not a crash.
            sink.Report(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error, new SourceSpan(path, startLine, 1),
                "front matter is not valid YAML: a bracket, brace or quote is never closed, or keys and values are out of place",
                "close every `[`, `{` and quote on the line where it opens, and write one `key: value` per line"));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            sink.Report(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error,
                new SourceSpan(path, (int)root.Start.Line + startLine - 1, (int)root.Start.Column),
                "front matter must be a set of `key: value` lines"));
            return null;
        }

        return mapping;
    }

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: …)": the position is already in the span.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0)
        {
            message = message[(close + 3)..];
        }

        return message.TrimEnd('.');
    }
}
