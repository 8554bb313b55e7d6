namespace Dossier.Diagnostics;

/// <summary>One problem found in the dossier, with where it is and how to fix it.</summary>
public sealed record Diagnostic(DiagnosticCode Code, Severity Severity, SourceSpan Span, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The one-line form editors and CI logs read: <c>path:line:col: error: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{Span}: {severity}: {Message} [{Code.Id}]";
    }
}
