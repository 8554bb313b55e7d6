using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Accessibility;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any page type, in the light and the dark scheme.</summary>
public sealed class AxeTests(BrowserSite site)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static TheoryData<string, string> PagesInBothSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in SitePages.All)
        {
            data.Add(path, "light");
            data.Add(path, "dark");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInBothSchemes))]
    public async Task The_page_has_no_WCAG_21_AA_violations(string path, string scheme)
    {
        var page = await site.OpenAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(path);
        if (path == SitePages.Search)
        {
            // The results, with their highlighted matches, must pass too.
            await page.GetByLabel("Search the dossier").FillAsync("japan");
            await page.Locator(".search-results li").First.WaitForAsync();
        }

        if (path == SitePages.Article)
        {
            // And an open footnote preview.
            await page.Locator("#cite-ref-3 a").FocusAsync();
            await page.Locator("#preview-cite-note-3").WaitForAsync();
        }

        var result = await page.RunAxe(Wcag21AA);

        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => n.Html)));
        Assert.True(result.Violations.Length == 0, $"{path} ({scheme}):\n" + string.Join("\n", violations));
        await page.Context.CloseAsync();
    }
}
