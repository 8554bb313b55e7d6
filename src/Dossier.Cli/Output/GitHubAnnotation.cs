using System.Globalization;
using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>A diagnostic as a GitHub Actions annotation, so it shows on the pull request's diff.</summary>
public static class GitHubAnnotation
{
    public static string Of(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var properties = new List<(string, string)> { ("file", span.Path) };
        if (span.Line > 0)
        {
            properties.Add(("line", span.Line.ToString(CultureInfo.InvariantCulture)));
            properties.Add(("col", span.Column.ToString(CultureInfo.InvariantCulture)));
        }

        properties.Add(("title", diagnostic.Code.ToString()));
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} (hint: {diagnostic.Hint})";
        return WorkflowCommand.Of(diagnostic.IsError ? "error" : "warning", properties, message);
    }
}
