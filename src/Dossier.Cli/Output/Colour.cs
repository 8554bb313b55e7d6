using Dossier.Cli.Commands;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// Whether to colour what is printed: only when standard output is a terminal, never when <c>NO_COLOR</c> is set
/// to anything (https://no-color.org) or with <c>--no-color</c>.
/// </summary>
public static class Colour
{
    public static bool Wanted(OutputSettings settings) =>
        !settings.NoColor
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !Console.IsOutputRedirected;

    /// <summary>Makes a Spectre console print no colour when colour is not wanted (styles such as bold stay, on a terminal).</summary>
    public static void Apply(OutputSettings settings, IAnsiConsole console)
    {
        if (!Wanted(settings))
        {
            console.Profile.Capabilities.ColorSystem = ColorSystem.NoColors;
        }
    }
}
