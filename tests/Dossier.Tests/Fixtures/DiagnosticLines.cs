using Dossier.Diagnostics;

namespace Dossier.Tests.Fixtures;

/// <summary>Diagnostics as <c>dossier check</c> prints them, so one assertion covers position, severity, code, message and hint.</summary>
public static class DiagnosticLines
{
    /// <summary>One line per diagnostic (<c>path:line:col: error: message [DOSxxx]</c>), each followed by <c>  hint: …</c> when it has one.</summary>
    public static string[] Lines(this IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .SelectMany(d => d.Hint is null ? [d.ToString()] : new[] { d.ToString(), $"  hint: {d.Hint}" })
            .ToArray();
}
