using Dossier.Build;
using Dossier.Cli.Commands;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>
/// A live status line while a large dossier builds on a terminal (the build library reports no stages, so this
/// says what is being built and for how long); a small dossier builds in about a second and shows nothing.
/// </summary>
public static class BuildStatus
{
    /// <summary>Above this many content files a build takes long enough to show that it is working.</summary>
    public const int LargeDossier = 500;

    public static BuildResult Run(SourceSettings settings, Func<BuildResult> build)
    {
        var console = AnsiConsole.Console;
        if (settings.Quiet || !console.Profile.Capabilities.Interactive || Console.IsOutputRedirected)
        {
            return build();
        }

        var documents = CountDocuments(settings.Source);
        if (documents <= LargeDossier)
        {
            return build();
        }

        return console.Status().Start($"Building {documents:N0} documents…", _ => build());
    }

    private static int CountDocuments(string source)
    {
        var content = Path.Combine(source, "content");
        return Directory.Exists(content) ? Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Count() : 0;
    }
}
