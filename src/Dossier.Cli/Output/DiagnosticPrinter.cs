using Dossier.Diagnostics;

namespace Dossier.Cli.Output;

/// <summary>
/// Prints diagnostics to standard error as <c>path:line:col: error: message</c> with a hint line, and as
/// GitHub Actions annotations when asked or when running under GitHub Actions.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, string? format)
    {
        var annotate = format == "github" || (format is null && Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true");
        var error = Console.Error;
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
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
}
