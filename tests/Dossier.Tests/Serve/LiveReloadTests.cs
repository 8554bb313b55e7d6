using System.Net;
using System.Text.RegularExpressions;

namespace Dossier.Tests.Serve;

/// <summary>
/// Editing a source while <c>dossier serve</c> runs: open tabs are told to reload, or shown the errors while the
/// last good page stays served. Each test has its own server, since each edits the dossier.
/// (How fast the event comes is measured by bench/serve-latency.sh, not asserted here.)
/// </summary>
public sealed partial class LiveReloadTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string ArticleFile = "content/articles/japan-central-asia-relations.md";
    private const string ArticlePage = "dossier/articles/japan-central-asia-relations/";

    [Fact]
    public async Task An_edited_article_pushes_a_reload_and_the_page_then_shows_the_edit()
    {
        await using var served = await ServedSite.StartAsync();
        await using var events = await EventStream.OpenAsync(served.Client, served.Origin);
        Assert.Equal("text/event-stream", events.ContentType);

        // When a sentence is added to the article
        const string Edit = "An edit made while the site is served.";
        await File.AppendAllTextAsync(Path.Combine(served.Site.Root, ArticleFile), $"\n{Edit}\n", Cancel);

        // Then a reload is pushed, and the page has the sentence
        var message = await events.NextAsync();
        Assert.True(message.Name == "reload", $"{message}\n{served.Log}");
        Assert.Contains(Edit, await served.GetStringAsync(ArticlePage), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_pushes_the_errors_keeps_the_last_good_page_and_fixing_it_reloads()
    {
        await using var served = await ServedSite.StartAsync();
        await using var events = await EventStream.OpenAsync(served.Client, served.Origin);
        var path = Path.Combine(served.Site.Root, ArticleFile);
        var good = await File.ReadAllTextAsync(path, Cancel);
        var before = await served.GetStringAsync(ArticlePage);

        // When the article's date is made invalid
        await File.WriteAllTextAsync(path, good.Replace("date: 2024-12-31", "date: 2024-13-45", StringComparison.Ordinal), Cancel);

        // Then the errors come as the CLI prints them, and the last good page is still served
        var failure = await events.NextAsync();
        Assert.True(failure.Name == "build-error", $"{failure}\n{served.Log}");
        Assert.Matches(DiagnosticLine(), failure.Data);
        Assert.Contains("`date` is not a date: `2024-13-45` [DOS007]", failure.Data, StringComparison.Ordinal);
        Assert.Contains("date: 2024-13-45", served.Log, StringComparison.Ordinal);
        using var stillThere = await served.Client.GetAsync(new Uri(served.Origin, ArticlePage), Cancel);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Equal(Normalised(before), Normalised(await stillThere.Content.ReadAsStringAsync(Cancel)));

        // And a tab opened while it is broken is told at once
        await using (var late = await EventStream.OpenAsync(served.Client, served.Origin))
        {
            Assert.Equal(failure, await late.NextAsync());
        }

        // When it is fixed, a reload is pushed
        await File.WriteAllTextAsync(path, good, Cancel);
        var fixedMessage = await events.NextAsync();
        Assert.True(fixedMessage.Name == "reload", $"{fixedMessage}\n{served.Log}");
    }

    [Fact]
    public async Task Added_renamed_and_deleted_files_are_seen_by_the_rebuilds_that_read_only_what_changed()
    {
        await using var served = await ServedSite.StartAsync();
        await using var events = await EventStream.OpenAsync(served.Client, served.Origin);
        var articles = Path.Combine(served.Site.Root, "content", "articles");
        var copy = Path.Combine(articles, "a-copy.md");

        // When an article is added (a rebuild may catch the copy half-written, empty: wait for the reload)
        File.Copy(Path.Combine(served.Site.Root, ArticleFile), copy);
        while ((await events.NextAsync()) is { Name: not "reload" } message)
        {
            Assert.True(message.Name == "build-error", $"{message}\n{served.Log}");
        }

        Assert.Equal(HttpStatusCode.OK, await StatusOf(served, "dossier/articles/a-copy/"));

        // When it is renamed
        File.Move(copy, Path.Combine(articles, "a-renamed-copy.md"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(served, "dossier/articles/a-copy/"));
        Assert.Equal(HttpStatusCode.OK, await StatusOf(served, "dossier/articles/a-renamed-copy/"));

        // When an editor saves it by writing a temporary file and renaming it over the old one
        var temporary = Path.Combine(articles, ".a-renamed-copy.md.tmp");
        var text = await File.ReadAllTextAsync(Path.Combine(articles, "a-renamed-copy.md"), Cancel);
        await File.WriteAllTextAsync(temporary, text + "\nSaved atomically.\n", Cancel);
        File.Move(temporary, Path.Combine(articles, "a-renamed-copy.md"), overwrite: true);
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("Saved atomically.", await served.GetStringAsync("dossier/articles/a-renamed-copy/"), StringComparison.Ordinal);

        // When it is deleted
        File.Delete(Path.Combine(articles, "a-renamed-copy.md"));
        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Equal(HttpStatusCode.NotFound, await StatusOf(served, "dossier/articles/a-renamed-copy/"));
        Assert.DoesNotContain("a-renamed-copy", await served.GetStringAsync("dossier/articles/"), StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> StatusOf(ServedSite served, string path)
    {
        using var response = await served.Client.GetAsync(new Uri(served.Origin, path), Cancel);
        return response.StatusCode;
    }

    private static string Normalised(string html) => html.ReplaceLineEndings();

    [GeneratedRegex(@"(?m)^content/articles/japan-central-asia-relations\.md:\d+:\d+: error: ")]
    private static partial Regex DiagnosticLine();
}
