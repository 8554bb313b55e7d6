using System.Text.Json;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// Per-claim quotes (<c>[@id, quote="…"]</c>) are looked for on the cited page on every run and reported at the
/// footnote that gives them, in every format.
/// </summary>
public sealed class NoteQuoteTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    private TempDossier Dossier()
    {
        var dossier = new TempDossier();
        dossier.AddCitation("src", server.Url($"/article/{_id}"));
        // Body lines 6 and 7: the first quote is on the page, the second is not.
        dossier.AddArticle("claims", "Japan stays.[@src, p. 2, quote=\"and intends to stay one\"]\nIt left.[@src, quote=\"Japan has left Central Asia\"]");
        return dossier;
    }

    [Fact]
    public async Task Each_quote_is_checked_on_one_fetch_of_the_page_and_a_missing_one_is_reported_at_its_footnote()
    {
        using var dossier = Dossier();
        var output = new StringWriter();

        var exit = await InProcessLinks.RunAsync(server, dossier, output, "--format", "json");

        // Then the run fails on the missing quote, which is placed at its footnote's key (line 7, the @ at column 10)
        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var quotes = report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("kind").GetString() == "quote")
            .Select(f => (Line: f.GetProperty("line").GetInt32(), Column: f.GetProperty("column").GetInt32(), Verdict: f.GetProperty("verdict").GetString(),
                Path: f.GetProperty("path").GetString(), Source: f.GetProperty("source").GetString(), Reason: f.GetProperty("reason").GetString()!))
            .OrderBy(f => f.Line)
            .ToList();
        Assert.Equal(2, quotes.Count);
        Assert.Equal((6, 14, "ok", "content/articles/claims.md", "src"), (quotes[0].Line, quotes[0].Column, quotes[0].Verdict, quotes[0].Path, quotes[0].Source));
        Assert.EndsWith("quote found", quotes[0].Reason, StringComparison.Ordinal);
        Assert.Equal((7, 10, "quote-missing"), (quotes[1].Line, quotes[1].Column, quotes[1].Verdict));
        Assert.Contains("the page of `src` no longer contains the quote \"Japan has left Central Asia\"", quotes[1].Reason, StringComparison.Ordinal);
        // And the source itself is fine: one GET answered the citation and both quotes
        Assert.Contains(report.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "url" && f.GetProperty("verdict").GetString() == "ok");
        Assert.Equal(1, server.Log.Count("GET", $"/article/{_id}"));
        Assert.Equal(0, server.Log.Count("HEAD", $"/article/{_id}"));
    }

    [Fact]
    public async Task The_text_and_github_reports_name_the_footnotes_file_and_line()
    {
        using var dossier = Dossier();
        var text = new StringWriter();
        var github = new StringWriter();

        await InProcessLinks.RunAsync(server, dossier, text, "--format", "text");
        await InProcessLinks.RunAsync(server, dossier, github, "--format", "github");

        var prefix = InProcessLinks.Prefix(dossier);
        Assert.Contains(text.ToString().Split('\n'), l => l.StartsWith($"{prefix}content/articles/claims.md:7:10: quote-missing: {server.Url($"/article/{_id}")} — the page of `src` no longer", StringComparison.Ordinal));
        Assert.Contains(github.ToString().Split('\n'), l => l.StartsWith($"::error file={prefix}content/articles/claims.md,line=7,col=10,title=quote-missing quote::claims: ", StringComparison.Ordinal));
        // The quote that is there is no annotation
        Assert.DoesNotContain(github.ToString().Split('\n'), l => l.Contains("line=6", StringComparison.Ordinal));
        // The second run reused the first run's result: the page was asked for once in all
        Assert.Equal(1, server.Log.Count("GET", $"/article/{_id}"));
    }

    [Fact]
    public async Task A_quote_from_a_page_that_is_gone_is_unverifiable_at_the_footnote_and_the_source_is_broken()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("src", server.Url($"/status/410/{_id}"));
        dossier.AddArticle("claims", "Claim.[@src, quote=\"anything\"]");
        var output = new StringWriter();

        var exit = await InProcessLinks.RunAsync(server, dossier, output, "--format", "json", "--no-archive");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var findings = report.RootElement.GetProperty("findings").EnumerateArray().ToDictionary(f => f.GetProperty("kind").GetString()!, f => f.Clone());
        Assert.Equal("broken", findings["url"].GetProperty("verdict").GetString());
        Assert.Equal("unverifiable", findings["quote"].GetProperty("verdict").GetString());
        Assert.StartsWith("quote not checked: the page of `src` is broken", findings["quote"].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}
