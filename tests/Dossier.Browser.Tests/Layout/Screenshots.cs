namespace Dossier.Browser.Tests.Layout;

/// <summary>
/// Where screenshots go: <c>DOSSIER_SCREENSHOTS</c> if set, else <c>TestResults/screenshots</c> at the repository
/// root (ignored by git), so people can look at the pages the tests saw.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("DOSSIER_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");
}
