using Dossier.Build;
using Dossier.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier check</c>: everything a build does except writing, for pull requests.</summary>
public sealed class CheckCommand : Command<SourceSettings>
{
    public override int Execute(CommandContext context, SourceSettings settings, CancellationToken cancellationToken)
    {
        var result = BuildPipeline.Run(new BuildOptions(settings.Source, Path.Combine(settings.Source, "_site"))
        {
            IncludeDrafts = settings.Drafts,
            Strict = settings.Strict,
            MaxFileBytes = settings.MaxFileSize,
            WriteOutput = false,
        });
        new DiagnosticPrinter(settings.Source, Console.Error, Console.Out).Print(result.Diagnostics, settings.Format);
        if (!result.Succeeded)
        {
            return 1;
        }

        if (settings.Format == "json")
        {
            // Standard output holds the JSON document alone, for tools to read.
            return 0;
        }

        var warnings = result.Diagnostics.Count;
        AnsiConsole.MarkupLineInterpolated($"No errors ({warnings} warning{(warnings == 1 ? "" : "s")}): {result.PageCount} pages would be built.");
        return 0;
    }
}
