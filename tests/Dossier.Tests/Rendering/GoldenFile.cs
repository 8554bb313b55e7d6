using System.Runtime.CompilerServices;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Compares normalised HTML with a reviewed file in Golden/. With DOSSIER_UPDATE_GOLDEN=1 it writes the file instead,
/// for a deliberate change to be reviewed in the diff.
/// </summary>
public static class GoldenFile
{
    public static void AssertMatches(string golden, string actual)
    {
        var path = PathOf(golden);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with DOSSIER_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string PathOf(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden", name);
}
