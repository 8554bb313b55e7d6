using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Whole rendered pages, normalised, against reviewed files in Golden/: the small fixture's built-in pages, and the
/// declared fixture's (a dossier with events, people and organisations of its own) declared-document page and the pages
/// every dossier has whose navigation and lists the declared collections join (home, a listing, search, 404).
/// To accept a deliberate change: run with DOSSIER_UPDATE_GOLDEN=1, then review the diff of Golden/ in git.
/// </summary>
public sealed class GoldenPageTests(BuiltFixture.Small small, BuiltFixture.Declared declared)
    : IClassFixture<BuiltFixture.Small>, IClassFixture<BuiltFixture.Declared>
{
    [Theory]
    [InlineData("articles/steppe-notes/index.html", "article.html")]
    [InlineData("countries/kazakhstan/index.html", "country.html")]
    [InlineData("agreements/steppe-accord/index.html", "agreement.html")]
    [InlineData("bibliography/index.html", "bibliography.html")]
    [InlineData("sources/ru-source/index.html", "source.html")]
    [InlineData("agreements/timeline/index.html", "agreements-timeline.html")]
    [InlineData("agreements/timeline/kazakhstan/index.html", "agreements-timeline-kazakhstan.html")]
    [InlineData("agreements/matrix/index.html", "agreements-matrix.html")]
    public void Page_matches_its_reviewed_golden_file(string file, string golden) => AssertMatches(small, file, golden);

    [Theory]
    [InlineData("events/steppe-summit-2024/index.html", "declared-event.html")]
    [InlineData("index.html", "declared-home.html")]
    [InlineData("events/index.html", "declared-listing.html")]
    [InlineData("search/index.html", "declared-search.html")]
    [InlineData("404.html", "declared-404.html")]
    [InlineData("events/timeline/index.html", "declared-timeline.html")]
    [InlineData("events/matrix/index.html", "declared-matrix.html")]
    public void Declared_page_matches_its_reviewed_golden_file(string file, string golden) => AssertMatches(declared, file, golden);

    private static void AssertMatches(BuiltFixture fixture, string file, string golden)
    {
        // Given the fixture, built once for the class
        Assert.True(fixture.Result.Succeeded, string.Join("\n", fixture.Result.Diagnostics));

        // When the page is normalised, then it is exactly the reviewed HTML
        GoldenFile.AssertMatches(golden, NormalisedHtml.Of(File.ReadAllText(Path.Combine(fixture.Site.Output, file))));
    }
}
