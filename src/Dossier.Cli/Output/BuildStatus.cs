using Dossier.Build;
using Dossier.Cli.Commands;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// A live status line while a large dossier builds on a terminal: how many documents, and the stage the build is in;
/// a small dossier builds in about a second and shows nothing.
/// </summary>
public static class BuildStatus
{
    /// <summary>Above this many content files a build takes long enough to show that it is working.</summary>
    public const int LargeDossier = 500;

    /// <param name="build">Builds, telling the stage it passes each time one finishes.</param>
    public static BuildResult Run(SourceSettings settings, Func<Action<string>?, BuildResult> build)
    {
        var console = AnsiConsole.Console;
        if (settings.Quiet || !console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return build(null);
        }

        var documents = CountDocuments(settings.Source);
        if (documents <= LargeDossier)
        {
            return build(null);
        }

        var building = $"Building {documents:N0} documents";
        return console.Status().Start($"{building}…", status => build(stage => status.Status(Markup.Escape($"{building}: {stage} done…"))));
    }

    private static int CountDocuments(string source)
    {
        var content = Path.Combine(source, "content");
        return Directory.Exists(content) ? Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Count() : 0;
    }
}
