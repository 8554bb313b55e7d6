using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier schemas</c>.</summary>
public sealed class SchemasSettings : CommandSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The dossier's folder: its dossier.yml may declare collections of its own. Default: the current folder.")]
    public string Source { get; init; } = ".";

    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the JSON Schemas. Default: schemas in the dossier's folder")]
    public string? Output { get; init; }
}
