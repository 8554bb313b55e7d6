using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dossier.Cli.Commands;

/// <summary>Arguments and options of <c>dossier init</c>.</summary>
public sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The folder to start the dossier in: a new or empty one.")]
    public string Directory { get; init; } = "";

    [CommandOption("--title <TEXT>")]
    [Description("The dossier's title. Default: the folder's name in words.")]
    public string? Title { get; init; }

    [CommandOption("--base-url <URL>")]
    [Description("Where the site will be published, e.g. https://you.github.io/your-dossier/ (can be set later in dossier.yml).")]
    public string? BaseUrl { get; init; }
}
