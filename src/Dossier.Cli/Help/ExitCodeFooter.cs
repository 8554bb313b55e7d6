using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Dossier.Cli.Help;

/// <summary>Spectre's help, with the exit codes (the same for every command) at its foot.</summary>
public sealed class ExitCodeFooter(ICommandAppSettings settings) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        yield return new Markup($"{Environment.NewLine}[yellow]EXIT CODES:[/]{Environment.NewLine}");
        foreach (var (code, meaning) in ExitCodes.All)
        {
            yield return new Text($"    {code,-5}{meaning}{Environment.NewLine}");
        }
    }
}
