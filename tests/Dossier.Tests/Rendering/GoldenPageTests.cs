using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Whole rendered pages of the small fixture dossier, normalised, against reviewed files in Golden/.
/// To accept a deliberate change: run with DOSSIER_UPDATE_GOLDEN=1, then review the diff of Golden/ in git.
/// </summary>
public sealed class GoldenPageTests(BuiltFixture.Small site) : IClassFixture<BuiltFixture.Small>
{
    [Theory]
    [InlineData("articles/steppe-notes", "article.html")]
    [InlineData("countries/kazakhstan", "country.html")]
    [InlineData("agreements/steppe-accord", "agreement.html")]
    [InlineData("bibliography", "bibliography.html")]
    [InlineData("sources/ru-source", "source.html")]
    public void Page_matches_its_reviewed_golden_file(string page, string golden)
    {
        // Given the small fixture, built once for the class
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));

        // When the page is normalised, then it is exactly the reviewed HTML
        GoldenFile.AssertMatches(golden, NormalisedHtml.Of(site.Site.ReadPage(page)));
    }
}
