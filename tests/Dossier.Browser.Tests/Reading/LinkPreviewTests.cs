using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Browser.Tests.Reading;

/// <summary>
/// A <c>[[id]]</c> link previews the document it leads to (kind, title, key facts) on keyboard focus and hover, as its
/// accessible description, without moving the text; without JavaScript it is a plain link and no card shows.
/// </summary>
public sealed class LinkPreviewTests(BrowserSite site)
{
    [Fact]
    public async Task Focusing_a_link_to_a_country_shows_its_card_without_moving_the_text_and_Escape_hides_it()
    {
        // Given the article, and where its first paragraph stands
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);
        var link = page.Locator(".body a.xref[href='../../countries/tajikistan/']").First;
        var paragraph = link.Locator("xpath=ancestor::p[1]");
        // Where it stands on the page, not in the viewport: focusing scrolls the link into view.
        const string Place = "p => { const r = p.getBoundingClientRect(); return [r.top + window.scrollY, r.height]; }";
        var before = await paragraph.EvaluateAsync<double[]>(Place);

        // When the reader tabs onto the link to Tajikistan
        await link.FocusAsync();

        // Then its card shows beside it, with the country's kind, name and capital, and the text has not moved
        var card = page.Locator(".link-popover");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("Country");
        await Expect(card).ToContainTextAsync("Tajikistan");
        await Expect(card).ToContainTextAsync("Capital Dushanbe");
        var after = await paragraph.EvaluateAsync<double[]>(Place);
        Assert.Equal(before, after);

        // And screen readers hear the card as the link's description
        await Expect(link).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex("Tajikistan.*Capital Dushanbe"));

        // When they press Escape, the card goes and focus stays on the link
        await page.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync();
        await Expect(link).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tabbing_on_moves_the_card_to_the_next_link_and_an_agreement_says_its_status()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);
        var dialogue = page.Locator(".body a.xref[href='../../agreements/central-asia-japan-dialogue/']").First;
        await dialogue.FocusAsync();
        var card = page.Locator(".link-popover");
        await Expect(card).ToContainTextAsync("Dialogue · signed August 2004 · In force");

        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className + ' ' + document.activeElement.getAttribute('href')");
        if (focused.StartsWith("xref", StringComparison.Ordinal))
        {
            await Expect(card).ToBeVisibleAsync();
            await Expect(card).Not.ToContainTextAsync("Dialogue · signed August 2004");
        }
        else
        {
            await Expect(card).ToBeHiddenAsync();
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_links_are_plain_and_no_card_is_shown()
    {
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Article);
        var link = page.Locator(".body a.xref[href='../../countries/tajikistan/']").First;
        await link.FocusAsync();
        await Expect(page.Locator("[data-card]").First).ToBeHiddenAsync();
        await Expect(page.Locator(".link-popover")).ToHaveCountAsync(0);
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Country);
        await page.Context.CloseAsync();
    }
}
