using Dossier.Browser.Tests.Browsing;
using Microsoft.Playwright;

namespace Dossier.Browser.Tests.Layout;

/// <summary>Printed, an article is its text and notes with their full addresses; navigation and controls stay on screen.</summary>
public sealed class PrintTests(BrowserSite site)
{
    [Fact]
    public async Task Printing_hides_navigation_and_keeps_the_notes_with_their_addresses()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".breadcrumbs")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".theme-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".note-back").First).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#cite-note-3")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#cite-note-3")).ToContainTextAsync("https://thediplomat.com/2015/10/what-did-abe-accomplish-in-central-asia/");
        Directory.CreateDirectory(Screenshots.Folder);
        var file = Path.Combine(Screenshots.Folder, "article-print.pdf");
        var pdf = await page.PdfAsync(new() { Format = "A4", Path = file });
        TestContext.Current.SendDiagnosticMessage($"printed: {file}");
        Assert.True(pdf.Length > 10_000);
        await page.Context.CloseAsync();
    }
}
