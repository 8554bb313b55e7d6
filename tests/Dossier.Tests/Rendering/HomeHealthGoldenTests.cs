using Dossier.Links.Cache;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// The home page of a dossier built with a link cache, whole and normalised, against a reviewed file in Golden/: the
/// sources' health summary (checked, working, dead, moved, quotes verified) beside the latest articles and timeline.
/// </summary>
public sealed class HomeHealthGoldenTests
{
    [Fact]
    public void The_home_page_built_with_a_link_cache_sums_up_the_sources_health()
    {
        // Given the small fixture and a link cache in which one source works (its quote found), one is dead and one moved
        using var site = FixtureSite.Named("small");
        var cache = Path.Combine(site.Root, LinkCache.DefaultPath);
        Directory.CreateDirectory(Path.GetDirectoryName(cache)!);
        File.WriteAllText(cache, """
            {
              "version": 1,
              "entries": [
                { "url": "https://news.example/2020/06/14/voprosy/", "verdict": "ok", "checked_at": "2026-11-21T06:00:00+00:00", "status": 200,
                  "quotes": [ { "text": "обсуждены", "finding": "found" } ] },
                { "url": "https://institute.example/report", "verdict": "broken", "checked_at": "2026-11-20T06:00:00+00:00", "status": 404, "reason": "404 Not Found" },
                { "url": "https://books.example/steppe.pdf", "verdict": "redirected", "checked_at": "2026-11-22T06:00:00+00:00", "status": 301 }
              ]
            }
            """);

        // When it is built with what the cache says, as `dossier build` reads it
        var result = site.Build(health: LinkHealthExport.Of(LinkCache.Load(cache)));

        // Then the home page is exactly the reviewed HTML
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        GoldenFile.AssertMatches("home-link-health.html", NormalisedHtml.Of(File.ReadAllText(Path.Combine(site.Output, "index.html"))));
    }
}
