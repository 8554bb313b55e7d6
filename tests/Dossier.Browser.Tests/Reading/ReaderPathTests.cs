using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Reading;

/// <summary>A reader's way through the dossier, by mouse and keyboard, in a real browser.</summary>
public sealed class ReaderPathTests(BrowserSite site)
{
    [Fact]
    public async Task A_reader_goes_from_the_home_page_through_a_footnote_and_the_bibliography_to_a_country_and_an_agreement()
    {
        var page = await site.OpenAsync();

        // Given the home page
        await page.GotoAsync(SitePages.Home);
        await page.GetByRole(AriaRole.Link, new() { Name = "Japan and Central Asia: A Deepening Partnership" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Article);

        // When the reader tabs to footnote 3
        var marker = page.Locator("#cite-ref-3 a");
        await TabUntilFocusedAsync(page, marker);

        // Then its note shows beside the text, described to screen readers, and the page has not moved
        var popover = page.Locator("#preview-cite-note-3");
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToContainTextAsync("What did Abe Accomplish in Central Asia");
        await Expect(popover).ToContainTextAsync("The Diplomat");
        await Expect(marker).ToHaveAttributeAsync("aria-describedby", "cite-note-3-text");
        await Expect(page.Locator("#cite-note-3-text")).ToContainTextAsync("What did Abe Accomplish in Central Asia");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('[id]')].filter((e, _, all) => all.filter(o => o.id === e.id).length > 1).length"));
        Assert.Equal("absolute", await popover.EvaluateAsync<string>("e => getComputedStyle(e).position"));

        // And Escape closes it, leaving focus on the marker
        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(marker).ToBeFocusedAsync();

        // When the reader opens it again and follows it into the bibliography by keyboard
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        await Expect(popover).ToBeVisibleAsync();
        var bibliographyLink = popover.Locator("a.note-bib");
        await TabUntilFocusedAsync(page, bibliographyLink);
        await page.Keyboard.PressAsync("Enter");

        // Then the bibliography opens at the source's entry
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Bibliography + "#diplomat-2015-abe-central-asia");
        var entry = page.Locator("#diplomat-2015-abe-central-asia");
        await Expect(entry).ToBeInViewportAsync();

        // When the reader follows the entry's back-link to the article
        await entry.GetByRole(AriaRole.Link, new() { Name = "Japan and Central Asia: A Deepening Partnership, note 3" }).ClickAsync();

        // Then they are back at note 3 of the article, which is on screen
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Article + "#cite-note-3");
        await Expect(page.Locator("#cite-note-3")).ToBeInViewportAsync();

        // When they go on to a country from the navigation, and to one of its agreements
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Countries" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tajikistan", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tajikistan");
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Dushanbe");
        await page.Locator("#agreements-heading ~ ul").GetByRole(AriaRole.Link, new() { Name = "Tajik–Japanese Intergovernmental Commission on Economic, Technical and Scientific Cooperation" }).ClickAsync();

        // Then the agreement's page shows its summary box with Tajikistan among the parties
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Agreement);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Tajikistan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hovering_a_marker_previews_its_note_and_moving_away_closes_it()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);
        var before = await page.EvaluateAsync<double>("() => document.querySelector('.notes').getBoundingClientRect().top + scrollY");

        await page.Locator("#cite-ref-1 a").HoverAsync();
        var popover = page.Locator("#preview-cite-note-1");
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover.Locator("[lang=ru]")).ToContainTextAsync("Вопросы привлечения инвестиций");

        // Opening the preview shifts nothing on the page.
        var after = await page.EvaluateAsync<double>("() => document.querySelector('.notes').getBoundingClientRect().top + scrollY");
        Assert.Equal(before, after);

        await page.Mouse.MoveAsync(5, 5);
        await Expect(popover).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_touch_screen_a_tap_on_a_marker_previews_the_note_and_a_tap_elsewhere_closes_it()
    {
        var page = await site.OpenAsync(width: 375, height: 740, touch: true);
        await page.GotoAsync(SitePages.Article);
        var marker = page.Locator("#cite-ref-5 a");
        await marker.ScrollIntoViewIfNeededAsync();

        await marker.TapAsync();

        var popover = page.Locator("#preview-cite-note-5");
        await Expect(popover).ToBeVisibleAsync();
        await Expect(popover).ToContainTextAsync("Turkmen Entrepreneurs Visited Japan");
        Assert.EndsWith(SitePages.Article, page.Url, StringComparison.Ordinal); // the tap did not leave the text
        await page.Locator("h1").TapAsync();
        await Expect(popover).ToBeHiddenAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_theme_toggle_switches_to_dark_and_remembers_it_on_the_next_page()
    {
        var page = await site.OpenAsync(scheme: ColorScheme.Light);
        await page.GotoAsync(SitePages.Home);
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark mode" });
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GotoAsync(SitePages.Article);

        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.dataset.theme"));
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(20, 20, 22)", background);
        await page.Context.CloseAsync();
    }

    private static async Task TabUntilFocusedAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 200; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("Tab never reached " + target);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
