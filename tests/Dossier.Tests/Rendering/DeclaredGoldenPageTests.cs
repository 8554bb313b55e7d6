using System.Runtime.CompilerServices;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Whole rendered pages of the declared fixture (a dossier with events, people and organisations of its own),
/// normalised, against reviewed files in Golden/: a declared document's page, and the pages every dossier has whose
/// navigation and lists the declared collections join (home, a listing, search, 404).
/// To accept a deliberate change: run with DOSSIER_UPDATE_GOLDEN=1, then review the diff of Golden/ in git.
/// </summary>
public sealed class DeclaredGoldenPageTests : IClassFixture<DeclaredGoldenPageTests.DeclaredSite>
{
    private readonly DeclaredSite _site;

    public DeclaredGoldenPageTests(DeclaredSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("events/steppe-summit-2024/index.html", "declared-event.html")]
    [InlineData("index.html", "declared-home.html")]
    [InlineData("events/index.html", "declared-listing.html")]
    [InlineData("search/index.html", "declared-search.html")]
    [InlineData("404.html", "declared-404.html")]
    public void Page_matches_its_reviewed_golden_file(string file, string golden)
    {
        // Given the declared fixture, built once for the class
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));

        // When the page is normalised
        var actual = NormalisedHtml.Of(File.ReadAllText(Path.Combine(_site.Site.Output, file)));

        // Then it is exactly the reviewed HTML
        var path = GoldenPath(golden);
        if (Environment.GetEnvironmentVariable("DOSSIER_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with DOSSIER_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }

    private static string GoldenPath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "..", "Golden", name);

    /// <summary>Builds the declared fixture once for all golden tests.</summary>
    public sealed class DeclaredSite : IDisposable
    {
        public DeclaredSite()
        {
            Site = FixtureSite.Named("declared");
            Result = Site.Build();
        }

        public FixtureSite Site { get; }

        public Dossier.Build.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }
}
