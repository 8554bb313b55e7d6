using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>
/// Prints diagnostics the way an editor can act on them: <c>path:line:col: error: message [code]</c>, the
/// offending line with a caret under the span, and a hint — on standard error. With <c>--format github</c>
/// (or under GitHub Actions) each is also a workflow annotation; <c>--format json</c> prints JSON on standard output.
/// </summary>
public sealed class DiagnosticPrinter(string sourceRoot, TextWriter error, TextWriter output)
{
    private const int ExcerptWidth = 100;

    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public void Print(IReadOnlyList<Diagnostic> diagnostics, string? format)
    {
        if (format == "json")
        {
            output.WriteLine(JsonSerializer.Serialize(DiagnosticsJson.Of(diagnostics), DiagnosticsJson.Options));
            return;
        }

        var annotate = Annotates(format);
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            foreach (var line in Excerpt(diagnostic.Span))
            {
                error.WriteLine(line);
            }

            if (diagnostic.Hint is not null)
            {
                error.WriteLine($"  hint: {diagnostic.Hint}");
            }

            if (annotate)
            {
                error.WriteLine(GitHubAnnotation.Of(diagnostic));
            }
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        if (diagnostics.Count > 0)
        {
            error.WriteLine($"{errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
        }
    }

    /// <summary>Whether problems are also printed as workflow annotations: with <c>--format github</c>, or by default under GitHub Actions.</summary>
    public static bool Annotates(string? format) =>
        format == "github" || (format is null && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");

    /// <summary>The source line and a caret line under the span, as compilers show them.</summary>
    private IEnumerable<string> Excerpt(SourceSpan span)
    {
        if (span.Line <= 0 || Lines(span.Path) is not { } lines || span.Line > lines.Length)
        {
            yield break;
        }

        var text = lines[span.Line - 1].TrimEnd('\r').Replace('\t', ' ');
        var gutter = span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = Math.Clamp(span.Column - 1, 0, text.Length);
        if (text.Length > ExcerptWidth)
        {
            // Show a window of a long line (a Markdown paragraph is one line) around the span.
            var offset = Math.Clamp(start - (ExcerptWidth / 3), 0, text.Length - ExcerptWidth);
            var head = offset > 0 ? "…" : "";
            var tail = offset + ExcerptWidth < text.Length ? "…" : "";
            text = head + text.Substring(offset, ExcerptWidth) + tail;
            start = start - offset + head.Length;
        }

        var width = Math.Max(1, Math.Min(span.Length, text.Length - start));
        yield return $"  {gutter} | {text}";
        yield return $"  {new string(' ', gutter.Length)} | {new string(' ', start)}{new string('^', width)}";
    }

    private string[]? Lines(string path)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            var full = Path.Combine(sourceRoot, path);
            lines = File.Exists(full) ? File.ReadAllText(full).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n') : null;
            _lines[path] = lines;
        }

        return lines;
    }
}
