using AngleSharp.Html.Parser;
using Dossier.Build;
using Dossier.Collections;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Collections;

/// <summary>
/// A new collection added the way the built-in ones are (a descriptor class with a typed document, no dossier.yml
/// declaration): given only its descriptor, the build reads its folder, validates and resolves its references, and
/// gives it pages, an index, navigation, search entries and reverse relations — nothing else in Dossier changes.
/// </summary>
public sealed class BuiltInLikeCollectionTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void A_collection_made_of_its_descriptor_alone_is_built_like_the_others()
    {
        // Given the small fixture with a company, built with a collection set that includes the companies descriptor
        using var site = FixtureSite.Named("small");
        var result = BuildWithCompany(site, "---\ntitle: Steppe Energy\nheadquarters: kazakhstan\n---\n\nAn energy company working under the [[steppe-accord]].\n");

        // Then the company has its page, the index lists it, navigation leads there and its country lists it
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = Parser.ParseDocument(site.ReadPage("companies/steppe-energy"));
        Assert.Equal("Steppe Energy", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("../../agreements/steppe-accord/", page.QuerySelector(".body a")!.GetAttribute("href"));
        Assert.Equal(["Steppe Energy"], Parser.ParseDocument(site.ReadPage("companies")).QuerySelectorAll("main li a").Select(a => a.TextContent));
        Assert.Contains("Companies", Parser.ParseDocument(site.ReadPage("")).QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent));
        var country = Parser.ParseDocument(site.ReadPage("countries/kazakhstan"));
        Assert.Equal(["Steppe Energy"], country.QuerySelectorAll("#companies-headquarters-heading + ul a").Select(a => a.TextContent));
        Assert.Contains("\"u\":\"companies/steppe-energy/\"", File.ReadAllText(Path.Combine(site.Output, "search", "index-1.js")), StringComparison.Ordinal);
    }

    [Fact]
    public void Its_references_are_checked_like_the_built_in_ones()
    {
        using var site = FixtureSite.Named("small");

        var result = BuildWithCompany(site, "---\ntitle: Steppe Energy\nheadquarters: kazakstan\n---\n");

        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(
            "content/companies/steppe-energy.md:3:15: error: `headquarters` names `kazakstan`, but there is no country with that id", StringComparison.Ordinal));
    }

    /// <summary>Writes content/companies/steppe-energy.md and builds the site with the companies descriptor among the collections.</summary>
    private static BuildResult BuildWithCompany(FixtureSite site, string text)
    {
        Directory.CreateDirectory(Path.Combine(site.Root, "content", "companies"));
        File.WriteAllText(Path.Combine(site.Root, "content", "companies", "steppe-energy.md"), text);
        return BuildPipeline.Run(new BuildOptions(site.Root, site.Output)
        {
            Clock = new ManualClock(TempDossier.DefaultNow),
            Collections = CollectionSet.BuiltIn.With([new CompanyCollection()]),
        });
    }
}
