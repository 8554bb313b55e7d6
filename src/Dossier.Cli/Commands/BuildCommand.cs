using System.Diagnostics;
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
        Colour.Apply(settings, AnsiConsole.Console);
        var clock = Stopwatch.StartNew();
        var output = settings.Output ?? Path.Combine(settings.Source, "_site");
        var linkCache = LinkHealthFile.Read(settings);
        var result = BuildStatus.Run(settings, onStage => BuildPipeline.Run(new BuildOptions(settings.Source, output)
        {
            OnStage = onStage,
            LinkHealth = linkCache.Health,
            IncludeDrafts = settings.Drafts,
            Strict = settings.Strict,
            MaxFileBytes = settings.MaxFileSize,
            Force = settings.Force,
        }));
        new DiagnosticPrinter(settings.Source, Console.Error, Console.Out).Print(result.Diagnostics, settings.Format);
        // Standard output of a failed build stays empty: then only a warning about the cache is printed.
        LinkCacheNotice.Print(linkCache, DateTimeOffset.UtcNow, settings.Quiet || !result.Succeeded, DiagnosticPrinter.Annotates(settings.Format),
            Console.Out, Console.Error);
        if (settings.Timings && !settings.Quiet)
        {
            StageTimingsTable.Print(result.Timings);
        }

        if (!result.Succeeded)
        {
            // Standard error, with the diagnostics: standard output of a failed build stays empty.
            Console.Error.WriteLine("Build failed; the previous site, if any, is unchanged.");
            return BuildExitCode.Of(result);
        }

        // Written plainly, not through Spectre, which would wrap a long path at 80 columns in a CI log.
        Console.Out.WriteLine($"Built {result.PageCount} pages into {Path.GetFullPath(output)} in {Seconds(clock.Elapsed)}.");
        return ExitCodes.Success;
    }

    private static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.0 s", System.Globalization.CultureInfo.InvariantCulture);
}
