using System.Reflection;

namespace Dossier.Cli;

/// <summary>The version of this command, as <c>dossier --version</c> prints it and <c>dossier init</c> pins it in workflows.</summary>
public static class ToolVersion
{
    /// <summary>The package version, e.g. <c>0.1.0</c>.</summary>
    public static string Number { get; } = typeof(ToolVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>
    /// The informational version: the package version, then <c>+</c> and the commit it was built from when the build knew
    /// it (the SDK adds it from the git repository), e.g. <c>0.1.0+5d06bc1…</c>.
    /// </summary>
    public static string Informational { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Number;
}
