using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options every command that reads a dossier shares.</summary>
public class SourceSettings : OutputSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The dossier's folder (holding dossier.yml and content/). Default: the current folder.")]
    public string Source { get; init; } = ".";

    [CommandOption("--drafts")]
    [Description("Include articles marked `draft: true`.")]
    public bool Drafts { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("How to print problems: text, json or github. Default: text, plus annotations when GITHUB_ACTIONS=true.")]
    public string? Format { get; init; }

    [CommandOption("--max-file-size <BYTES>")]
    [Description("Refuse content files larger than this many bytes. Default: 5242880 (5 MB).")]
    public long MaxFileSize { get; init; } = Dossier.Reading.ContentReader.DefaultMaxFileBytes;

    [CommandOption("--strict")]
    [Description("Fail on warnings too (as `strict: true` in dossier.yml does).")]
    public bool Strict { get; init; }

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Source))
        {
            return ValidationResult.Error($"the source folder `{Source}` does not exist");
        }

        if (MaxFileSize <= 0)
        {
            return ValidationResult.Error("--max-file-size must be a positive number of bytes");
        }

        return Format is null or "text" or "json" or "github"
            ? ValidationResult.Success()
            : ValidationResult.Error("--format must be text, json or github");
    }
}
