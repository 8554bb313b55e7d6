using Dossier.Build.Incremental;
using Dossier.InternalLinks;

namespace Dossier.Tests.Build;

/// <summary>When a rebuild may check only the links of the pages it made: the targets (files, each page's ids) are those the last check saw.</summary>
public sealed class RememberedLinkCheckTests
{
    private static ScannedPage Page(string file, params string[] ids) =>
        new(file.Replace("index.html", "", StringComparison.Ordinal), file, ids.ToHashSet(StringComparer.Ordinal), []);

    private static RememberedLinkCheck Check(IReadOnlyList<ScannedPage> pages, IReadOnlyList<string> others) =>
        new(pages, others, LinkTargets.Of(pages, others), []);

    [Fact]
    public void Kept_pages_and_pages_made_again_with_the_same_ids_are_the_same_targets()
    {
        var (a, b) = (Page("a/index.html", "top"), Page("b/index.html", "here", "there"));
        var last = Check([a, b], ["assets/site.css"]);

        Assert.True(last.HasTargets([a, b], ["assets/site.css"]));
        Assert.True(last.HasTargets([a, Page("b/index.html", "there", "here")], [string.Concat("assets/", "site.css")]));
    }

    [Fact]
    public void A_page_with_other_ids_another_file_or_another_order_are_other_targets()
    {
        var (a, b) = (Page("a/index.html", "top"), Page("b/index.html", "here"));
        var last = Check([a, b], ["assets/site.css", "search/index-1.js"]);

        Assert.False(last.HasTargets([a, Page("b/index.html", "elsewhere")], ["assets/site.css", "search/index-1.js"]));
        Assert.False(last.HasTargets([a, Page("c/index.html", "here")], ["assets/site.css", "search/index-1.js"]));
        Assert.False(last.HasTargets([a, b], ["assets/site.css", "search/index-2.js"]));
        Assert.False(last.HasTargets([a, b], ["assets/site.css"]));
        Assert.False(last.HasTargets([b, a], ["assets/site.css", "search/index-1.js"]));
    }

    [Fact]
    public void The_targets_know_every_file_and_each_page_s_ids()
    {
        var targets = LinkTargets.Of([Page("a/index.html", "top")], ["assets/site.css"]);

        Assert.True(targets.HasFile("a/index.html"));
        Assert.True(targets.HasFile("assets/site.css"));
        Assert.False(targets.HasFile("b/index.html"));
        Assert.Equal(["top"], targets.IdsOf("a/index.html")!);
        Assert.Null(targets.IdsOf("assets/site.css"));
    }
}
