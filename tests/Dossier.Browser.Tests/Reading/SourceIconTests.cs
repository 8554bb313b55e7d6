using Dossier.Browser.Tests.Browsing;
using Dossier.Browser.Tests.Layout;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dossier.Browser.Tests.Reading;

/// <summary>
/// Notes and bibliography entries open with small icons of the source's kind, format and language: drawn from one
/// shared picture per kind, named once for screen readers, visible in dark and forced colours, moving nothing.
/// </summary>
public sealed class SourceIconTests(BrowserSite site)
{
    [Fact]
    public async Task Each_note_shows_its_source_s_icons_and_screen_readers_hear_their_words_once()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Article);

        // The Russian news report, the ministry's release, the PDF monograph; a plain web page has none
        var avesta = page.Locator("#cite-note-1");
        await Expect(avesta.GetByRole(AriaRole.Img, new() { Name = "News source", Exact = true })).ToBeVisibleAsync();
        await Expect(avesta.GetByRole(AriaRole.Img, new() { Name = "In Russian", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#cite-note-2").GetByRole(AriaRole.Img, new() { Name = "Government source", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#cite-note-10").GetByRole(AriaRole.Img, new() { Name = "PDF document", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#cite-note-4").GetByRole(AriaRole.Img)).ToHaveCountAsync(0);

        // In the accessibility tree each icon is one image by its words; the visible code "ru" is not read as well
        var tree = await avesta.AriaSnapshotAsync();
        Assert.Contains("- img \"News source\"", tree, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(tree, "In Russian"));
        Assert.DoesNotContain("text: ru", tree, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_bibliography_marks_every_news_government_PDF_and_Russian_source()
    {
        var page = await site.OpenAsync();
        await page.GotoAsync(SitePages.Bibliography);
        var list = page.Locator("ul.bibliography");

        await Expect(list.GetByRole(AriaRole.Img, new() { Name = "News source", Exact = true })).ToHaveCountAsync(5);
        await Expect(list.GetByRole(AriaRole.Img, new() { Name = "Government source", Exact = true })).ToHaveCountAsync(1);
        await Expect(list.GetByRole(AriaRole.Img, new() { Name = "PDF document", Exact = true })).ToHaveCountAsync(1);
        await Expect(list.GetByRole(AriaRole.Img, new() { Name = "In Russian", Exact = true })).ToHaveCountAsync(1);
        await Expect(page.Locator("#mofa-japan-tajikistan-foreign-ministers").GetByRole(AriaRole.Img, new() { Name = "Government source" })).ToBeVisibleAsync();
        await Expect(page.Locator("#silk-road-studies-2008-silk-road-diplomacy").GetByRole(AriaRole.Img, new() { Name = "PDF document" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("light", "rgb(81, 81, 90)")]
    [InlineData("dark", "rgb(179, 179, 173)")]
    public async Task An_icon_is_its_shared_picture_painted_in_the_muted_ink_at_the_size_of_the_text(string scheme, string ink)
    {
        var page = await site.OpenAsync(scheme: scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await page.GotoAsync(SitePages.Bibliography);

        var looks = await page.Locator("#mofa-japan-tajikistan-foreign-ministers .si-gov").EvaluateAsync<string[]>(
            "e => { const s = getComputedStyle(e), r = e.getBoundingClientRect(); return [s.maskImage, s.backgroundColor, String(Math.round(r.width)), String(Math.round(r.height)), s.fontSize]; }");

        Assert.StartsWith("url(\"data:image/svg+xml,", looks[0], StringComparison.Ordinal);
        Assert.Equal(ink, looks[1]);
        Assert.Equal(looks[2] + "px", looks[4]);
        Assert.Equal(looks[3] + "px", looks[4]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_forced_colours_the_icons_take_the_system_text_colour_and_stay_visible()
    {
        Chromium.Require();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { ForcedColors = ForcedColors.Active, BaseURL = site.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Bibliography);

        var colours = await page.Locator(".si-news").First.EvaluateAsync<string[]>(
            "e => [getComputedStyle(e).backgroundColor, getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]");

        Assert.Equal(colours[2], colours[0]);
        Assert.NotEqual(colours[1], colours[0]);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_icons_move_nothing_as_the_page_loads()
    {
        var page = await site.OpenAsync(width: 375);
        await page.GotoAsync(SitePages.Article + "#cite-note-1");

        var shift = await page.EvaluateAsync<double>("""
            () => new Promise(done => {
              let total = 0;
              new PerformanceObserver(list => list.getEntries().forEach(e => total += e.value)).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => done(total), 500);
            })
            """);

        Assert.Equal(0, shift);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(SitePages.Article, "section.notes", "icons-notes")]
    [InlineData(SitePages.Bibliography, "ul.bibliography", "icons-bibliography")]
    public async Task Screenshots_of_the_icons_are_written_for_people_to_review(string path, string selector, string name)
    {
        Directory.CreateDirectory(Screenshots.Folder);
        foreach (var (width, scheme) in new[] { (375, ColorScheme.Light), (1280, ColorScheme.Light), (375, ColorScheme.Dark), (1280, ColorScheme.Dark) })
        {
            var page = await site.OpenAsync(width: width, scheme: scheme);
            await page.GotoAsync(path);
            var file = Path.Combine(Screenshots.Folder, $"{name}-{(scheme == ColorScheme.Dark ? "dark" : "light")}-{width}.png");

            await page.Locator(selector).ScreenshotAsync(new LocatorScreenshotOptions { Path = file });

            TestContext.Current.SendDiagnosticMessage($"screenshot: {file}");
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            await page.Context.CloseAsync();
        }
    }
}
