using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Arguments and options of <c>dossier import</c>.</summary>
public sealed class ImportSettings : OutputSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A BibTeX (.bib), RIS (.ris) or CSL-JSON (.json) file, e.g. exported from Zotero; the format is told by the extension, else by the content.")]
    public string File { get; init; } = "";

    [CommandOption("-s|--source <DIR>")]
    [Description("The dossier's folder (holding dossier.yml and content/). Default: the current folder.")]
    public string Source { get; init; } = ".";

    [CommandOption("--dry-run")]
    [Description("Show the citation files that would be written, and write nothing.")]
    public bool DryRun { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("How to print problems: text, json or github. Default: text, plus annotations when GITHUB_ACTIONS=true.")]
    public string? Format { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Source))
        {
            return ValidationResult.Error($"the source folder `{Source}` does not exist");
        }

        if (!System.IO.File.Exists(File))
        {
            return ValidationResult.Error($"there is no file `{File}` to import");
        }

        return Format is null or "text" or "json" or "github"
            ? ValidationResult.Success()
            : ValidationResult.Error("--format must be text, json or github");
    }
}
