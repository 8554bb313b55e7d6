using Dossier.Build;
using Dossier.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier build</c>: validate everything and write the site.</summary>
public sealed class BuildCommand : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var output = settings.Output ?? Path.Combine(settings.Source, "_site");
        var result = BuildPipeline.Run(new BuildOptions(settings.Source, output)
        {
            LinkHealth = LinkHealthFile.Read(settings),
            IncludeDrafts = settings.Drafts,
            Strict = settings.Strict,
            MaxFileBytes = settings.MaxFileSize,
            Force = settings.Force,
        });
        new DiagnosticPrinter(settings.Source, Console.Error, Console.Out).Print(result.Diagnostics, settings.Format);
        if (settings.Timings)
        {
            StageTimingsTable.Print(result.Timings);
        }

        if (!result.Succeeded)
        {
            AnsiConsole.Console.Write(new Markup($"[red]Build failed[/]; the previous site, if any, is unchanged.{Environment.NewLine}"));
            return 1;
        }

        AnsiConsole.MarkupLineInterpolated($"Built {result.PageCount} pages into [bold]{Path.GetFullPath(output)}[/].");
        return 0;
    }
}
