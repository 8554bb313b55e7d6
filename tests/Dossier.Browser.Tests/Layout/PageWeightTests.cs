using System.Text.RegularExpressions;
using Dossier.Browser.Tests.Browsing;

namespace Dossier.Browser.Tests.Layout;

/// <summary>The article page with everything it loads (its stylesheet and scripts, not the search index) stays under 60 KB.</summary>
public sealed partial class PageWeightTests(BrowserSite site)
{
    private const int Budget = 60 * 1024;

    [Fact]
    public void The_article_page_with_its_css_and_js_is_under_60_KB_uncompressed()
    {
        var folder = Path.Combine(site.Dossier.Output, "articles", "japan-central-asia-relations");
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        var loaded = LoadedFile().Matches(html)
            .Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups["path"].Value)))
            .ToList();
        Assert.Contains(loaded, f => f.EndsWith("site.css", StringComparison.Ordinal));
        Assert.Contains(loaded, f => f.EndsWith("dossier.js", StringComparison.Ordinal));

        var total = new FileInfo(Path.Combine(folder, "index.html")).Length + loaded.Sum(f => new FileInfo(f).Length);

        TestContext.Current.SendDiagnosticMessage($"article page: {total} bytes with {string.Join(", ", loaded.Select(Path.GetFileName))}");
        Assert.True(total < Budget, $"the article page weighs {total} bytes with its CSS and JS; the budget is {Budget}");
    }

    // Stylesheets and scripts the page loads, by their relative addresses.
    [GeneratedRegex("<(?:link rel=\"stylesheet\" href|script src)=\"(?<path>[^\"]+)\"")]
    private static partial Regex LoadedFile();
}
