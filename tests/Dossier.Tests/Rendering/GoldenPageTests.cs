using System.Runtime.CompilerServices;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// Whole rendered pages of the small fixture dossier, normalised, against reviewed files in Golden/.
/// To accept a deliberate change: run with DOSSIER_UPDATE_GOLDEN=1, then review the diff of Golden/ in git.
/// </summary>
public sealed class GoldenPageTests : IClassFixture<GoldenPageTests.SmallSite>
{
    private readonly SmallSite _site;

    public GoldenPageTests(SmallSite site)
    {
        _site = site;
    }

    [Theory]
    [InlineData("articles/steppe-notes", "article.html")]
    [InlineData("countries/kazakhstan", "country.html")]
    [InlineData("agreements/steppe-accord", "agreement.html")]
    [InlineData("bibliography", "bibliography.html")]
    [InlineData("sources/ru-source", "source.html")]
    public void Page_matches_its_reviewed_golden_file(string page, string golden)
    {
        // Given the small fixture, built once for the class
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));

        // When the page is normalised
        var actual = NormalisedHtml.Of(_site.Site.ReadPage(page));

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

    /// <summary>Builds the small fixture once for all golden tests.</summary>
    public sealed class SmallSite : IDisposable
    {
        public SmallSite()
        {
            Site = FixtureSite.Named("small");
            Result = Site.Build();
        }

        public FixtureSite Site { get; }

        public Dossier.Build.BuildResult Result { get; }

        public void Dispose() => Site.Dispose();
    }
}
