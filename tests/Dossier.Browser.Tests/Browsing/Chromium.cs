namespace Dossier.Browser.Tests.Browsing;

/// <summary>
/// Debian's Chromium, driven by Playwright without any browser download. Missing Chromium skips the browser
/// tests on a developer's machine but fails them in CI (<c>CI=true</c>), where <c>.ci/run</c> installs it.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Flags for a sandboxed CI container: no GPU, no background traffic of the browser's own.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the calling test when there is no Chromium here, unless this is CI, where that is a failure.</summary>
    public static void Require()
    {
        if (IsInstalled)
        {
            return;
        }

        if (InContinuousIntegration)
        {
            Assert.Fail($"CI=true but {ExecutablePath} is missing: install the Debian package `chromium` (.ci/run does).");
        }

        Assert.Skip($"Chromium not found at {ExecutablePath}; install it with `apt-get install chromium` to run the browser tests.");
    }
}
