using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>A diagnostic as a GitHub Actions workflow command, so it shows on the pull request's diff.</summary>
public static class GitHubAnnotation
{
    public static string Of(Diagnostic diagnostic)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var span = diagnostic.Span;
        var position = span.Line > 0 ? $",line={span.Line},col={span.Column}" : "";
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})";
        return $"::{kind} file={Property(span.Path)}{position},title={Property(diagnostic.Code.ToString())}::{Data(message)}";
    }

    // Escaping as the GitHub Actions toolkit does, so a message cannot end or forge a command.
    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
