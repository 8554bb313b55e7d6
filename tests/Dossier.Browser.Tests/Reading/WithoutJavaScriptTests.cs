using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Reading;

/// <summary>With JavaScript off, footnotes are plain links both ways and every page is reachable.</summary>
public sealed class WithoutJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task A_footnote_marker_leads_to_its_note_and_the_note_leads_back()
    {
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Article);

        await page.Locator("#cite-ref-3 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Article + "#cite-note-3");
        await Assertions.Expect(page.Locator("#cite-note-3")).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator(".note-popover")).ToHaveCountAsync(0);

        await page.Locator("#cite-note-3 a.note-back").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Article + "#cite-ref-3");
        await Assertions.Expect(page.Locator("#cite-ref-3")).ToBeInViewportAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_navigation_and_breadcrumbs_lead_to_every_section()
    {
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Country);
        var main = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

        foreach (var (name, path, heading) in new[]
                 {
                     ("Articles", "articles/", "Articles"), ("Countries", "countries/", "Countries"),
                     ("Agreements", "agreements/", "Agreements"), ("Bibliography", "bibliography/", "Bibliography"),
                     ("Search", "search/", "Search"),
                 })
        {
            await main.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + path);
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        }

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "Home" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_page_says_search_needs_JavaScript_and_offers_the_indexes()
    {
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Search);

        await Assertions.Expect(page.Locator(".search-nojs")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-nojs")).ToContainTextAsync("Search needs JavaScript");
        await Assertions.Expect(page.Locator(".search-page-form")).ToBeHiddenAsync();
        await page.Locator(".search-nojs").GetByRole(AriaRole.Link, new() { Name = "Countries" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "countries/");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_missing_address_at_any_depth_gets_the_404_page_whose_links_work()
    {
        var page = await site.OpenAsync(javaScript: false);
        var response = await page.GotoAsync("some/deep/missing/page/");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.site-header')).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background); // the stylesheet loaded from /dossier/assets/
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Bibliography" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + "bibliography/");
        await page.Context.CloseAsync();
    }
}
