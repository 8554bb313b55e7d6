using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Whole rendered pages of the declared fixture (a dossier with events, people and organisations of its own),
/// normalised, against reviewed files in Golden/: a declared document's page, and the pages every dossier has whose
/// navigation and lists the declared collections join (home, a listing, search, 404).
/// To accept a deliberate change: run with DOSSIER_UPDATE_GOLDEN=1, then review the diff of Golden/ in git.
/// </summary>
public sealed class DeclaredGoldenPageTests(BuiltFixture.Declared site) : IClassFixture<BuiltFixture.Declared>
{
    [Theory]
    [InlineData("events/steppe-summit-2024/index.html", "declared-event.html")]
    [InlineData("index.html", "declared-home.html")]
    [InlineData("events/index.html", "declared-listing.html")]
    [InlineData("search/index.html", "declared-search.html")]
    [InlineData("404.html", "declared-404.html")]
    public void Page_matches_its_reviewed_golden_file(string file, string golden)
    {
        // Given the declared fixture, built once for the class
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        // When the page is normalised, then it is exactly the reviewed HTML
        GoldenFile.AssertMatches(golden, NormalisedHtml.Of(File.ReadAllText(Path.Combine(site.Site.Output, file))));
    }
}
