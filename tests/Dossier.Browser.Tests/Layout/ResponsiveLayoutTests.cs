using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Layout;

/// <summary>Pages fit a phone and a desktop; screenshots of the main pages are kept for people to look at.</summary>
public sealed class ResponsiveLayoutTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.Each), MemberType = typeof(SitePages))]
    public async Task No_page_scrolls_sideways_on_a_375_px_phone(string path)
    {
        var page = await site.OpenAsync(width: 375, height: 740);
        await page.GotoAsync(path);
        if (path == SitePages.Article)
        {
            await page.Locator("#cite-ref-10 a").FocusAsync();
        }

        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (scroll, client) = (widths[0], widths[1]);
        Assert.True(scroll <= client, $"{path}: the page is {scroll} px wide in a {client} px viewport");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("home", SitePages.Home, 375)]
    [InlineData("home", SitePages.Home, 1280)]
    [InlineData("article", SitePages.Article, 375)]
    [InlineData("article", SitePages.Article, 1280)]
    [InlineData("bibliography", SitePages.Bibliography, 375)]
    [InlineData("bibliography", SitePages.Bibliography, 1280)]
    [InlineData("article-footnote", SitePages.Article, 375)]
    [InlineData("article-footnote", SitePages.Article, 1280)]
    [InlineData("not-found", SitePages.NotFound, 375)]
    [InlineData("article-dark", SitePages.Article, 1280)]
    [InlineData("country", SitePages.Country, 1280)]
    [InlineData("search", SitePages.Search + "?q=инвест", 1280)]
    [InlineData("timeline", SitePages.Timeline, 375)]
    [InlineData("timeline", SitePages.Timeline, 1280)]
    [InlineData("matrix", SitePages.Matrix, 375)]
    [InlineData("matrix", SitePages.Matrix, 1280)]
    [InlineData("timeline-dark", SitePages.Timeline, 1280)]
    public async Task A_screenshot_is_written_for_people_to_review(string name, string path, int width)
    {
        var page = await site.OpenAsync(width: width, height: 900, scheme: name.EndsWith("-dark", StringComparison.Ordinal) ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(path);
        if (name == "article-footnote")
        {
            await page.Locator("#cite-ref-3 a").FocusAsync();
            await page.Locator("#preview-cite-note-3").WaitForAsync();
        }
        else if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await page.Locator(".search-results li").First.WaitForAsync();
        }

        Directory.CreateDirectory(Screenshots.Folder);
        var file = Path.Combine(Screenshots.Folder, $"{name}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = !name.StartsWith("article-", StringComparison.Ordinal) });

        TestContext.Current.SendDiagnosticMessage($"screenshot: {file}");
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        await page.Context.CloseAsync();
    }
}
