using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Output;

/// <summary>Same input, same bytes: whatever the time zone, language or culture of the machine that builds.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_under_different_time_zones_and_cultures_are_byte_identical()
    {
        // Given the bundled dossier
        using var site = FixtureSite.Bundled();
        var first = Path.Combine(site.Root, "_first");
        var second = Path.Combine(site.Root, "_second");

        // When it is built on a "machine" in Kiribati speaking Russian and one in California speaking German
        var a = CliProcess.Run(new Dictionary<string, string> { ["TZ"] = "Pacific/Kiritimati", ["LANG"] = "ru_RU.UTF-8", ["LC_ALL"] = "ru_RU.UTF-8", ["DOTNET_CULTURE"] = "ru-RU" },
            "build", "--source", site.Root, "--output", first);
        var b = CliProcess.Run(new Dictionary<string, string> { ["TZ"] = "America/Los_Angeles", ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["DOTNET_CULTURE"] = "de-DE" },
            "build", "--source", site.Root, "--output", second);

        // Then every file is byte-identical
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);
        var one = SiteSnapshot.Of(first);
        Assert.True(one.Count > 30);
        Assert.Equal(one, SiteSnapshot.Of(second));
    }
}
