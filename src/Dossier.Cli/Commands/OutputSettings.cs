using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>How much a command prints, and whether in colour: options every command that reports shares.</summary>
public class OutputSettings : CommandSettings
{
    [CommandOption("-q|--quiet")]
    [Description("Print only problems and the summary line (no progress, no passing links).")]
    public bool Quiet { get; init; }

    [CommandOption("--no-color")]
    [Description("Never print colours (as the NO_COLOR environment variable does). Colours are only ever printed on a terminal.")]
    public bool NoColor { get; init; }
}
