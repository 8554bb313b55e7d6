using AngleSharp.Html.Parser;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.EndToEnd;

/// <summary>Each article links to the one published before it and the one after it.</summary>
public sealed class ArticleNeighboursTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Named("small");

    [Fact]
    public void An_older_and_a_newer_article_link_to_each_other()
    {
        // Given a second article, newer than the fixture's
        File.WriteAllText(Path.Combine(_site.Root, "content", "articles", "later-notes.md"),
            "---\ntitle: Later Notes\ndate: 2025-09-01\n---\n\nMore on [[kazakhstan]].\n");

        // When the site is built
        var result = _site.Build();

        // Then the older one offers the newer as next, and the newer the older as previous
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        using var older = parser.ParseDocument(_site.ReadPage("articles/steppe-notes"));
        using var newer = parser.ParseDocument(_site.ReadPage("articles/later-notes"));
        Assert.Equal("../../articles/later-notes/", older.QuerySelector(".pager-next")?.GetAttribute("href"));
        Assert.Null(older.QuerySelector(".pager-previous"));
        Assert.Equal("../../articles/steppe-notes/", newer.QuerySelector(".pager-previous")?.GetAttribute("href"));
        Assert.Null(newer.QuerySelector(".pager-next"));
    }

    public void Dispose() => _site.Dispose();
}
