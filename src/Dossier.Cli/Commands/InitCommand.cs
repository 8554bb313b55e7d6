using Dossier.Scaffolding;
using Dossier.Starter;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier init &lt;dir&gt;</c>: starts a new dossier that builds and passes <c>dossier check</c> as it is.
/// Exit codes: 0 written, 1 refused (a folder that is not empty, an empty title, a base URL that is not http(s));
/// nothing is written unless 0.
/// </summary>
public sealed class InitCommand : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(settings.Directory);
        var title = settings.Title ?? Scaffolder.Words(Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar)));
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (written, problem) = StarterDossier.Write(settings.Directory, new StarterRequest(title, settings.BaseUrl, today, ToolVersion.Number));
        if (problem is not null)
        {
            Console.Error.WriteLine($"error: {problem}");
            Console.Error.WriteLine("Nothing was written.");
            return ExitCodes.Failed;
        }

        foreach (var path in written)
        {
            Console.Out.WriteLine($"wrote {Path.Join(settings.Directory, path)}");
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine($"Started the dossier \"{title}\" in {settings.Directory}. Next:");
        Console.Out.WriteLine($"  dossier serve --source {settings.Directory}    (preview it as you write)");
        Console.Out.WriteLine($"  dossier new citation <id> --url <URL> --source {settings.Directory}");
        return ExitCodes.Success;
    }
}
