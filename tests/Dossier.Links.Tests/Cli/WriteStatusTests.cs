using System.Globalization;
using System.Text;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// <c>dossier links --write</c> records what it found in the files of dead and moved sources (url_status, archive_url
/// from a Wayback lookup near the accessed date, checked), leaves every other byte and every other file as it was, and
/// changes nothing on a second run.
/// </summary>
public sealed class WriteStatusTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task Dead_and_moved_sources_get_their_status_written_and_nothing_else_changes()
    {
        // Given a dead source written with a BOM, CRLF, a comment and single quotes; a moved one; and a live one
        using var dossier = new TempDossier();
        var dead = server.Url($"/status/410/{_id}");
        var moved = server.Url($"/moved/301/{_id}");
        var deadFile = "\uFEFF---\r\n# a source that went away\r\ntitle: 'Gone, isn''t it'\r\ntype: web\r\npublisher: Test\r\nurl: '" + dead
            + "'   # as cited\r\naccessed: 2024-12-31\r\n---\r\n\r\nNotes.\r\n";
        dossier.Write("content/citations/dead.md", deadFile);
        dossier.AddCitation("moved", moved);
        dossier.AddCitation("live", server.Url($"/ok/{_id}"));
        var movedBefore = File.ReadAllText(Path.Combine(dossier.Root, "content/citations/moved.md"));
        var liveBefore = File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/live.md"));

        // When links are checked with --write
        var exit = await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json", "--write");

        // Then the dead source's file gains exactly three lines, in its own line ends, before the closing ---
        Assert.Equal(1, exit);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var archive = server.Url($"/web/20220301000000/{dead}");
        var expected = deadFile.Replace("accessed: 2024-12-31\r\n---", $"accessed: 2024-12-31\r\nurl_status: dead\r\narchive_url: \"{archive}\"\r\nchecked: {today}\r\n---", StringComparison.Ordinal);
        var deadAfter = File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/dead.md"));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), deadAfter);
        // And the archived copy was asked for near the day the source was read
        Assert.Contains(server.Log.Seen, r => r.Target.StartsWith("/wayback/available?url=", StringComparison.Ordinal)
            && r.Target.Contains(Uri.EscapeDataString(dead), StringComparison.Ordinal) && r.Target.EndsWith("&timestamp=20241231", StringComparison.Ordinal));
        // And the moved one records its archived copy and the day, but no status (it is not dead); the live one is untouched
        var movedAfter = File.ReadAllText(Path.Combine(dossier.Root, "content/citations/moved.md"));
        Assert.Equal(movedBefore.Replace("---\n\nAn", $"archive_url: \"{server.Url($"/web/20220301000000/{moved}")}\"\nchecked: {today}\n---\n\nAn", StringComparison.Ordinal), movedAfter);
        Assert.Equal(liveBefore, File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/live.md")));

        // When it runs again
        var requests = server.Log.Seen.Count;
        await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json", "--write");

        // Then no file changes, and the archive is not asked again (the files now have their archive_url)
        Assert.Equal(deadAfter, File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/dead.md")));
        Assert.Equal(movedAfter, File.ReadAllText(Path.Combine(dossier.Root, "content/citations/moved.md")));
        Assert.Equal(liveBefore, File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/live.md")));
        Assert.DoesNotContain(server.Log.Seen.Skip(requests), r => r.Target.StartsWith("/wayback/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_status_chosen_by_hand_is_kept_and_a_source_recorded_dead_that_answers_again_is_live()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("usurped", server.Url($"/status/404/{_id}"), archiveUrl: "https://web.archive.org/web/2020/https://x.example/");
        dossier.AddCitation("back", server.Url($"/ok/{_id}"));
        foreach (var (id, status) in new[] { ("usurped", "usurped"), ("back", "dead") })
        {
            var path = Path.Combine(dossier.Root, $"content/citations/{id}.md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("accessed: 2024-12-31\n", $"accessed: 2024-12-31\nurl_status: {status}\n", StringComparison.Ordinal));
        }

        await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json", "--write");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var usurped = File.ReadAllText(Path.Combine(dossier.Root, "content/citations/usurped.md"));
        Assert.Contains("url_status: usurped\n", usurped, StringComparison.Ordinal);
        Assert.Contains($"checked: {today}\n", usurped, StringComparison.Ordinal);
        Assert.Contains("url_status: live\n", File.ReadAllText(Path.Combine(dossier.Root, "content/citations/back.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_usurped_or_unfit_source_without_an_archive_gets_one_written_whatever_its_address_answers()
    {
        // Given a usurped source whose address answers 200 (the new owner's page) and has no archive_url, and an unfit one that has one
        using var dossier = new TempDossier();
        var usurpedUrl = server.Url($"/ok/usurped-{_id}");
        dossier.AddCitation("usurped", usurpedUrl);
        dossier.AddCitation("unfit", server.Url($"/ok/unfit-{_id}"), archiveUrl: "https://web.archive.org/web/2020/https://x.example/");
        foreach (var (id, status) in new[] { ("usurped", "usurped"), ("unfit", "unfit") })
        {
            var path = Path.Combine(dossier.Root, $"content/citations/{id}.md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("accessed: 2024-12-31\n", $"accessed: 2024-12-31\nurl_status: {status}\n", StringComparison.Ordinal));
        }

        var usurpedBefore = File.ReadAllText(Path.Combine(dossier.Root, "content/citations/usurped.md"));
        var unfitBefore = File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/unfit.md"));

        // When links are checked with --write
        await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json", "--write");

        // Then the usurped source keeps its status and gains the archived copy (its only link for readers) and the day
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = usurpedBefore.Replace("---\n\nAn",
            $"archive_url: \"{server.Url($"/web/20220301000000/{usurpedUrl}")}\"\nchecked: {today}\n---\n\nAn", StringComparison.Ordinal);
        Assert.Equal(expected, File.ReadAllText(Path.Combine(dossier.Root, "content/citations/usurped.md")));
        // And the unfit one, which has its copy, is untouched
        Assert.Equal(unfitBefore, File.ReadAllBytes(Path.Combine(dossier.Root, "content/citations/unfit.md")));
    }
}
