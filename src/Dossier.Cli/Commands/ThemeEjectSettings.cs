using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier theme eject</c>.</summary>
public sealed class ThemeEjectSettings : CommandSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The dossier's folder: the theme is written to themes/default/ in it. Default: the current folder.")]
    public string Source { get; init; } = ".";

    public override ValidationResult Validate() =>
        Directory.Exists(Source) ? ValidationResult.Success() : ValidationResult.Error($"the source folder `{Source}` does not exist");
}
