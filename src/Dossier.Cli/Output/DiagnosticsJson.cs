using System.Text.Json;
using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>
/// The JSON form of a run's diagnostics (<c>--format json</c>):
/// <c>{"errors": n, "warnings": n, "diagnostics": [{"code", "name", "severity", "path", "line", "column", "message", "hint"}]}</c>.
/// </summary>
public sealed record DiagnosticsJson(int Errors, int Warnings, IReadOnlyList<DiagnosticsJson.Item> Diagnostics)
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static DiagnosticsJson Of(IReadOnlyList<Diagnostic> diagnostics) => new(
        diagnostics.Count(d => d.IsError),
        diagnostics.Count(d => !d.IsError),
        diagnostics.Select(d => new Item(d.Code.Id, d.Code.Name, d.IsError ? "error" : "warning", d.Span.Path,
            d.Span.Line, d.Span.Column, d.Message, d.Hint)).ToList());

    public sealed record Item(string Code, string Name, string Severity, string Path, int Line, int Column, string Message, string? Hint);
}
