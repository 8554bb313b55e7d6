using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Browser.Tests.Views;

/// <summary>The agreements' timeline and matrix as readers use them: on a phone, by keyboard, without JavaScript.</summary>
public sealed class TimelineAndMatrixTests(BrowserSite site)
{
    [Fact]
    public async Task On_a_phone_the_matrix_scrolls_inside_its_own_box_which_the_keyboard_can_reach()
    {
        // Given the matrix on a 375 px phone
        var page = await site.OpenAsync(width: 375, height: 740);
        await page.GotoAsync(SitePages.Matrix);

        // Then the table is wider than its box, the box scrolls, and the page does not
        var sizes = await page.EvaluateAsync<int[]>(
            "() => { const b = document.querySelector('.matrix-box'); return [b.scrollWidth, b.clientWidth, document.documentElement.scrollWidth, document.documentElement.clientWidth]; }");
        Assert.True(sizes[0] > sizes[1], $"the table ({sizes[0]} px) fits its box ({sizes[1]} px): nothing to test at this width");
        Assert.True(sizes[2] <= sizes[3], $"the page is {sizes[2]} px wide in a {sizes[3]} px viewport");

        // When a keyboard user tabs to the box and presses the right arrow
        var box = page.GetByRole(AriaRole.Region, new() { Name = "Countries and agreements, oldest first" });
        await box.FocusAsync();
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");

        // Then the table scrolls
        await Expect(box).Not.ToHaveJSPropertyAsync("scrollLeft", 0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_matrix_marks_parties_in_words_under_row_and_column_headers()
    {
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Matrix);

        // The Tajik–Japanese commission's column says "Party" in Tajikistan's row.
        var headers = await page.Locator("table.matrix thead th").AllInnerTextsAsync();
        var column = headers.ToList().FindIndex(h => h.StartsWith("Tajik–Japanese Intergovernmental Commission", StringComparison.Ordinal));
        Assert.True(column > 0, string.Join(" | ", headers));
        var row = page.Locator("table.matrix tbody tr", new() { Has = page.Locator("th[scope=row]", new() { HasText = "Tajikistan" }) });
        await Expect(row.Locator("td").Nth(column - 1)).ToHaveTextAsync("Party");
        await Expect(page.Locator("table.matrix thead th[scope=col]")).ToHaveCountAsync(headers.Count);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_country_filter_leads_to_that_country_s_slice()
    {
        // Given the timeline with scripts off
        var page = await site.OpenAsync(javaScript: false);
        await page.GotoAsync(SitePages.Timeline);
        var all = await page.Locator(".timeline-row").CountAsync();

        // When the reader picks Kazakhstan
        await page.GetByRole(AriaRole.Navigation, new() { Name = "By country" }).GetByRole(AriaRole.Link, new() { Name = "Kazakhstan" }).ClickAsync();

        // Then only the agreements Kazakhstan is party to remain, each naming it, and the filter says where the reader is
        await Expect(page).ToHaveURLAsync(site.BaseUrl + "agreements/timeline/kazakhstan/");
        var rows = page.Locator(".timeline-row");
        var kept = await rows.CountAsync();
        Assert.InRange(kept, 1, all - 1);
        foreach (var detail in await rows.Locator(".timeline-detail").AllInnerTextsAsync())
        {
            Assert.Contains("Kazakhstan", detail, StringComparison.Ordinal);
        }

        await Expect(page.Locator(".filters [aria-current=page]")).ToContainTextAsync("Kazakhstan");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_year_only_date_is_drawn_as_wide_as_its_year_and_a_month_only_date_narrower()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Timeline);
        var year = await WidthOf(page, "Silk Road Diplomacy");
        var month = await WidthOf(page, "Central Asia + Japan Dialogue");
        var tick = await page.EvaluateAsync<double[]>(
            "() => [...document.querySelectorAll('.timeline-axis span')].slice(0, 2).map(s => s.getBoundingClientRect().left)");
        // The axis labels every fifth year here, so a year is a fifth of the distance between two labels.
        Assert.InRange(year, (tick[1] - tick[0]) / 5 * 0.95, (tick[1] - tick[0]) / 5 * 1.05);
        // A month is a twelfth of its year, but never thinner than the 6 px a mark needs to be seen.
        Assert.InRange(month, 5.5, Math.Max(6.5, year / 12 + 0.5));
        await page.Context.CloseAsync();
    }

    private static Task<double> WidthOf(IPage page, string title) =>
        page.Locator(".timeline-row", new() { HasText = title }).Locator(".timeline-mark").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
}
