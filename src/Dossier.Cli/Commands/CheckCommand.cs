using Dossier.Build;
using Dossier.Cli.Output;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier check</c>: everything a build does except writing, for pull requests.</summary>
public sealed class CheckCommand : Command<SourceSettings>
{
    public override int Execute(CommandContext context, SourceSettings settings, CancellationToken cancellationToken)
    {
        var result = BuildStatus.Run(settings, onStage => BuildPipeline.Run(new BuildOptions(settings.Source, Path.Combine(settings.Source, "_site"))
        {
            OnStage = onStage,
            IncludeDrafts = settings.Drafts,
            Strict = settings.Strict,
            MaxFileBytes = settings.MaxFileSize,
            WriteOutput = false,
        }));
        new DiagnosticPrinter(settings.Source, Console.Error, Console.Out).Print(result.Diagnostics, settings.Format);
        if (!result.Succeeded)
        {
            return BuildExitCode.Of(result);
        }

        if (settings.Format == "json")
        {
            // Standard output holds the JSON document alone, for tools to read.
            return ExitCodes.Success;
        }

        var warnings = result.Diagnostics.Count;
        Console.Out.WriteLine($"No errors ({warnings} warning{(warnings == 1 ? "" : "s")}): {result.PageCount} pages would be built.");
        return ExitCodes.Success;
    }
}
