namespace Dossier.Tests.Templating;

/// <summary>
/// Each page is laid out as if on a context of its own, though a worker lays out page after page on one: nothing a
/// page's templates did, and no value base was given for an earlier page, reaches the next.
/// </summary>
public sealed class PageContextTests
{
    [Fact]
    public void No_page_sees_what_the_pages_before_it_left()
    {
        // Given a base layout that assigns, counts, remembers with ifchanged, and reads canonical (which the 404 page lacks)
        using var dossier = ThemeLookupTests.WithoutTheme();
        dossier.Write("themes/default/layouts/base.liquid",
            "<p id=\"probe\">{{ mark }}|{% increment n %}|{% ifchanged %}{{ site.title }}{% endifchanged %}|"
            + "{% if canonical %}canonical{% else %}{{ canonical | default: 'none' }}{% endif %}</p>"
            + "{% assign mark = 'seen' %}{{ content | raw }}\n");

        // When the site is built
        var result = ThemeLookupTests.Build(dossier);

        // Then every page starts afresh: no mark, the counter at 0, the title, and canonical only where the page has one
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        var pages = Directory.EnumerateFiles(Path.Combine(dossier.Root, "_site"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 4, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.StartsWith(
            Path.GetFileName(page) == "404.html" ? "<p id=\"probe\">|0|Test dossier|none</p>" : "<p id=\"probe\">|0|Test dossier|canonical</p>",
            File.ReadAllText(page), StringComparison.Ordinal));
    }
}
