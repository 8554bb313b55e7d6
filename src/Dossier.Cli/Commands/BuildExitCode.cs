using Dossier.Build;
using Dossier.Diagnostics;

namespace Dossier.Cli.Commands;

/// <summary>The exit code of a build or check: a missing or unreadable <c>dossier.yml</c> is configuration (2), other errors content (1).</summary>
internal static class BuildExitCode
{
    public static int Of(BuildResult result) =>
        result.Succeeded ? ExitCodes.Success
        : result.Diagnostics.Any(d => d.Code == DiagnosticCodes.SiteSettings) ? ExitCodes.Usage
        : ExitCodes.Failed;
}
