using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier schemas</c>.</summary>
public sealed class SchemasSettings : CommandSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the JSON Schemas. Default: schemas")]
    public string Output { get; init; } = "schemas";
}
