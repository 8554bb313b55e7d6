using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Search;

/// <summary>The search page against the bundled dossier's index: prefixes, any case, accents and Cyrillic.</summary>
public sealed class SearchTests(BrowserSite site)
{
    [Theory]
    [InlineData("Tajikistan", "Tajikistan", "Country")]
    [InlineData("tajik", "Tajikistan", "Country")]
    [InlineData("JICA", "Japan International Cooperation Agency (JICA) in Tajikistan", "Source")]
    [InlineData("jica", "Japan and Central Asia: A Deepening Partnership", "Article")]
    [InlineData("Межправкомиссии", "Вопросы привлечения инвестиций обсуждены в ходе заседания таджикско-японской Межправкомиссии", "Source")]
    [InlineData("инвест", "Вопросы привлечения инвестиций обсуждены в ходе заседания таджикско-японской Межправкомиссии", "Source")]
    [InlineData("ИНВЕСТ", "Japan and Central Asia: A Deepening Partnership", "Article")]
    [InlineData("Dúshanbé", "Tajikistan", "Country")]
    public async Task A_query_finds_the_page_it_names(string query, string expectedTitle, string expectedKind)
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Search);

        await page.GetByLabel("Search the dossier").FillAsync(query);

        var result = page.Locator(".search-results li").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = expectedTitle, Exact = true }) });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Assertions.Expect(result.Locator(".doc-kind")).ToHaveTextAsync(expectedKind);
        await Assertions.Expect(result.Locator("mark").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-status")).ToContainTextAsync("match");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_best_match_comes_first_and_its_link_opens_the_page()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Search + "?q=Tajikistan");

        var first = page.Locator(".search-results li").First;
        await Assertions.Expect(first.Locator("h2")).ToHaveTextAsync("Tajikistan");
        await first.Locator("h2 a").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Country);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_query_with_no_match_says_so()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Search);

        await page.GetByLabel("Search the dossier").FillAsync("zzzqqq");

        await Assertions.Expect(page.Locator(".search-status")).ToHaveTextAsync("No pages match “zzzqqq”.");
        await Assertions.Expect(page.Locator(".search-results li")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
