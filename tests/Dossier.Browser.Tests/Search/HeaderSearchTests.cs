using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Browser.Tests.Search;

/// <summary>
/// The search box in every page's header, by keyboard as a combobox: <c>/</c> focuses it, results come as the reader
/// types, arrows move, Enter opens, Escape closes; without JavaScript it submits to the search page; from disk it works too.
/// </summary>
public sealed class HeaderSearchTests(BrowserSite site)
{
    [Fact]
    public async Task Slash_focuses_the_box_arrows_choose_a_result_and_Enter_opens_it()
    {
        // Given an article page, the reader's focus in its text
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Quick search" });
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        // When they press / and type
        await page.Keyboard.PressAsync("/");
        await Expect(box).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("tajik");

        // Then a listbox of pages opens, the box says it controls it, and Tajikistan is among the options
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Pages found" });
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(box).ToHaveAttributeAsync("aria-controls", await list.GetAttributeAsync("id") ?? "");
        var options = list.GetByRole(AriaRole.Option);
        var titles = await options.AllInnerTextsAsync();
        var target = titles.ToList().FindIndex(t => t.EndsWith("\nTajikistan", StringComparison.Ordinal) || t == "Country Tajikistan");
        Assert.True(target >= 0, string.Join(" | ", titles));

        // When they arrow down to it: the option is marked selected and announced as the active descendant
        for (var i = 0; i <= target; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        var chosen = options.Nth(target);
        await Expect(chosen).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", await chosen.GetAttributeAsync("id") ?? "");

        // And Enter opens it
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Country);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Escape_closes_the_results_and_slash_in_a_field_is_typed_not_taken()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Search);
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Quick search" });
        await box.FocusAsync();
        await page.Keyboard.TypeAsync("japan");
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box).ToBeFocusedAsync();

        // The search page's own field keeps its slash.
        var field = page.GetByLabel("Search the dossier");
        await field.FocusAsync();
        await page.Keyboard.TypeAsync("a/b");
        await Expect(field).ToHaveValueAsync("a/b");
        await Expect(field).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enter_with_no_result_chosen_submits_to_the_search_page_and_does_so_without_JavaScript()
    {
        foreach (var javaScript in new[] { true, false })
        {
            var page = await site.OpenAsync(javaScript: javaScript);
            await page.GotoAsync(SitePages.Agreement);
            await page.GetByLabel("Quick search").FillAsync("JICA");
            await page.GetByLabel("Quick search").PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(site.BaseUrl + SitePages.Search + "?q=JICA");
            if (javaScript)
            {
                await Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
            }

            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Search_works_on_the_site_opened_from_disk()
    {
        // Given the built site opened as a file, where browsers refuse fetch() of JSON
        var page = await site.OpenAsync();
        var home = new Uri(Path.Combine(site.Dossier.Output, "index.html")).AbsoluteUri;
        await page.GotoAsync(home);

        // When the reader types in the header's box
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Quick search" }).FillAsync("Межправкомиссии");

        // Then the Russian source is found, and choosing it opens its page from disk
        var option = page.GetByRole(AriaRole.Option, new() { Name = "Вопросы привлечения инвестиций", Exact = false });
        await Expect(option).ToHaveCountAsync(1);
        await option.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Path.Combine(site.Dossier.Output, SitePages.Source, "index.html")).AbsoluteUri);

        // And the full search page works from disk as well
        await page.GotoAsync(new Uri(Path.Combine(site.Dossier.Output, "search", "index.html")).AbsoluteUri + "?q=tajikistan");
        await Expect(page.Locator(".search-results li").First.Locator("h2")).ToHaveTextAsync("Tajikistan");
        await page.Context.CloseAsync();
    }
}
