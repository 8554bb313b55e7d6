using Dossier.Templating;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier theme eject</c>: copies the built-in default theme into the dossier's <c>themes/default/</c> to edit it.
/// Exit codes: 0 written, 1 refused because some of its files exist (all are named; nothing is written).
/// </summary>
public sealed class ThemeEjectCommand : Command<ThemeEjectSettings>
{
    public override int Execute(CommandContext context, ThemeEjectSettings settings, CancellationToken cancellationToken)
    {
        if (!ThemeEjection.TryEject(settings.Source, out var written, out var existing))
        {
            Console.Error.WriteLine($"error: {existing.Count} file(s) of the theme exist already and are never overwritten:");
            foreach (var path in existing)
            {
                Console.Error.WriteLine($"  {path}");
            }

            Console.Error.WriteLine("Nothing was written. Move them aside (or delete them) to eject the built-in theme again.");
            return ExitCodes.Failed;
        }

        foreach (var path in written)
        {
            Console.Out.WriteLine($"wrote {path}");
        }

        Console.Out.WriteLine($"The built-in theme is now in {ThemeEjection.Folder}/: edit it there; a file you delete falls back to the built-in one.");
        return ExitCodes.Success;
    }
}
