using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>A citation's <c>url</c> and <c>archive_url</c> must be absolute http(s) addresses.</summary>
public sealed class UrlTests
{
    [Theory]
    [InlineData("ftp://astanatimes.com/2022/04/kazakh-president-japan.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/2022/04/kazakh-president-japan/")]
    [InlineData("astanatimes.com/2022/04/kazakh-president-japan/")]
    [InlineData("https://")]
    [InlineData("mailto:editor@astanatimes.com")]
    public void A_url_that_is_not_absolute_http_or_https_is_reported(string url)
    {
        // Given a citation whose url is not an absolute web address
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", $"""
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: "{url}"
            accessed: 2024-12-31
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [
                $"content/citations/src.md:5:6: error: `url` must be an absolute http or https URL, not `{url}` [DOS008]",
                "  hint: copy the address from the browser's address bar, starting with https://",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_archive_url_without_a_scheme_is_reported()
    {
        // Given a citation whose archived copy is written without https://
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", """
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            archive_url: web.archive.org/web/2024/https://astanatimes.com/2022/04/kazakh-president-japan/
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [
                "content/citations/src.md:7:14: error: `archive_url` must be an absolute http or https URL, not `web.archive.org/web/2024/https://astanatimes.com/2022/04/kazakh-president-japan/` [DOS008]",
                "  hint: copy the address from the browser's address bar, starting with https://",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void Http_and_https_urls_are_accepted()
    {
        // Given a citation with an http url and an https archived copy
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", """
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: http://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            archive_url: https://web.archive.org/web/2024/https://astanatimes.com/2022/04/kazakh-president-japan/
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }
}
