using Dossier.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dossier.Reading;

/// <summary>Parses front-matter YAML into a mapping node, turning YAML errors into diagnostics.</summary>
public static class YamlFrontMatter
{
    /// <summary>The top-level mapping, or null after reporting why there is none.</summary>
    public static YamlMappingNode? Parse(string path, ReadOnlyMemory<char> yaml, int startLine, IDiagnosticSink sink) =>
        Parse(path, yaml, startLine, null, sink, out _);

    /// <summary>
    /// The top-level mapping, or null after reporting why there is none; with <paramref name="shared"/>, read by that
    /// scanner when it can (<see cref="SharedYamlScanner.Fits"/>). <paramref name="lines"/> says where the positions of
    /// the mapping's nodes stand in the file.
    /// </summary>
    public static YamlMappingNode? Parse(
        string path, ReadOnlyMemory<char> yaml, int startLine, SharedYamlScanner? shared, IDiagnosticSink sink, out YamlLines lines)
    {
        lines = new YamlLines(startLine);
        if (yaml.Span.IsWhiteSpace())
        {
            return new YamlMappingNode();
        }

        var stream = shared is not null && SharedYamlScanner.Fits(yaml.Span) ? LoadShared(path, yaml, startLine, shared, sink, out lines) : null;
        if (stream is null)
        {
            lines = new YamlLines(startLine);
            stream = LoadOwn(path, yaml.ToString(), lines, sink);
        }

        return stream is null ? null : MappingOf(path, stream, lines, sink);
    }

    /// <summary>The YAML read by the shared scanner; null when it failed (nothing reported: it is to be read afresh).</summary>
    private static YamlStream? LoadShared(
        string path, ReadOnlyMemory<char> yaml, int startLine, SharedYamlScanner shared, IDiagnosticSink sink, out YamlLines lines)
    {
        var tokens = shared.Tokens(yaml, startLine, out lines);
        List<Scalar>? repeated = null;
        YamlStream stream;
        try
        {
            stream = Load(new Parser(tokens), key => (repeated ??= []).Add(key));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // What is reported is what a scanner of its own finds. This one is left inside the YAML: a new one for the next.
            shared.Drop();
            return null;
        }

        foreach (var key in repeated ?? [])
        {
            ReportRepeated(path, key, lines, sink);
        }

        return stream;
    }

    /// <summary>The YAML read by a scanner of its own; null after reporting why it cannot be read.</summary>
    private static YamlStream? LoadOwn(string path, string yaml, YamlLines lines, IDiagnosticSink sink)
    {
        try
        {
            return Load(new Parser(new StringReader(yaml)), key => ReportRepeated(path, key, lines, sink));
        }
        catch (YamlException ex)
        {
            var span = new SourceSpan(path, lines.Of(ex.Start), (int)ex.Start.Column);
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
            sink.Report(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error, new SourceSpan(path, lines.FirstLine, 1),
                "front matter is not valid YAML: a bracket, brace or quote is never closed, or keys and values are out of place",
                "close every `[`, `{` and quote on the line where it opens, and write one `key: value` per line"));
            return null;
        }
    }

    private static YamlStream Load(IParser parser, Action<Scalar> repeated)
    {
        var stream = new YamlStream();
        stream.Load(new DuplicateKeySkipper(new GuardedYamlEvents(parser), repeated));
        return stream;
    }

    private static void ReportRepeated(string path, Scalar key, YamlLines lines, IDiagnosticSink sink) =>
        sink.Report(new Diagnostic(DiagnosticCodes.DuplicateKey, Severity.Error,
            new SourceSpan(path, lines.Of(key.Start), (int)key.Start.Column),
            $"`{key.Value}` is given twice", "keep one of the two lines"));

    private static YamlMappingNode? MappingOf(string path, YamlStream stream, YamlLines lines, IDiagnosticSink sink)
    {
        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            var root = stream.Documents[0].RootNode;
            sink.Report(new Diagnostic(DiagnosticCodes.YamlSyntax, Severity.Error,
                new SourceSpan(path, lines.Of(root.Start), (int)root.Start.Column),
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
