using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Options of <c>dossier build</c>.</summary>
public class BuildSettings : SourceSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where to write the site. Default: _site in the source folder.")]
    public string? Output { get; init; }

    [CommandOption("--link-cache <FILE>")]
    [Description("The link checker's cache, to show each source's link health. Default: .dossier/links.json in the source folder, when it exists.")]
    public string? LinkCache { get; init; }

    [CommandOption("--timings")]
    [Description("Print how long each stage of the build took.")]
    public bool Timings { get; init; }

    [CommandOption("--force")]
    [Description("Replace a non-empty output folder that Dossier did not write.")]
    public bool Force { get; init; }
}
