using System.Text.RegularExpressions;
using Dossier.Links.Cache;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Cli;

/// <summary>The real <c>dossier links</c> with its output redirected (a CI log) or on a pseudo-terminal.</summary>
[Collection(nameof(ProcessRuns))]
public sealed partial class LinksOutputTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public void In_a_log_each_finding_is_one_line_with_its_full_url_and_place_and_nothing_is_drawn()
    {
        // Given citations with four verdicts and a link in an article's body
        using var dossier = new TempDossier();
        var cases = new (string Id, string Verdict, string Url)[]
        {
            ("fine", "ok", server.Url($"/ok/{_id}?from=a-rather-long-query-string-that-would-never-fit-in-an-eighty-column-table")),
            ("gone", "broken", server.Url($"/status/410/{_id}")),
            ("moved", "redirected", server.Url($"/moved/301/{_id}")),
            ("walled", "unverifiable", server.Url($"/bot-wall/{_id}")),
        };
        foreach (var (id, _, url) in cases)
        {
            dossier.AddCitation(id, url);
        }

        var bodyUrl = server.Url($"/status/404/{_id}");
        dossier.AddArticle("notes", $"See [the report]({bodyUrl}).");

        // When the command runs with standard output redirected
        var outcome = LinksProcess.Run(null, Arguments(dossier));

        // Then each finding is one line holding its place, verdict and full URL
        Assert.Equal(1, outcome.ExitCode);
        foreach (var (id, verdict, url) in cases)
        {
            var line = Assert.Single(outcome.Lines, l => l.Contains(url + " ", StringComparison.Ordinal));
            Assert.Matches($@"content/citations/{id}\.md:6:6: {verdict}: {Regex.Escape(url)} — .+ \[links\]$", line);
        }

        Assert.Single(outcome.Lines, l => Regex.IsMatch(l, $@"content/articles/notes\.md:6:\d+: broken: {Regex.Escape(bodyUrl)} — HTTP 404"));
        Assert.Contains(outcome.Lines, l => l.Contains($"moved.md:6:6: redirected: {cases[2].Url} — ", StringComparison.Ordinal)
            && l.Contains($"; suggested url: \"{server.Url($"/ok/{_id}")}\"", StringComparison.Ordinal));
        // grouped under a heading per verdict, problems first, then the summary line
        Assert.Equal(["broken (2)", "redirected (1)", "unverifiable (1)", "ok (1)"], outcome.Lines.Where(l => HeadingLine().IsMatch(l)));
        Assert.Matches(@"^5 URLs \(0 from cache\) in \d+\.\d s: 1 ok, 1 redirected, 2 broken, 1 unverifiable$", outcome.Lines[^1]);
        Assert.DoesNotContain(outcome.Stdout, c => c is >= '\u2500' and <= '\u257F');
        Assert.DoesNotContain('\u001b', outcome.Stdout);
    }

    [Fact]
    public void Quiet_prints_only_the_problems_and_the_summary()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("fine", server.Url($"/ok/{_id}"));
        dossier.AddCitation("gone", server.Url($"/status/410/{_id}"));

        var outcome = LinksProcess.Run(null, [.. Arguments(dossier), "--quiet"]);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(3, outcome.Lines.Length);
        Assert.Equal("broken (1)", outcome.Lines[0]);
        Assert.Contains("gone.md:6:6: broken: ", outcome.Lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2 URLs (0 from cache) in ", outcome.Lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_is_printed_on_a_terminal_but_never_with_NO_COLOR_or_no_color()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("gone", server.Url($"/status/410/{_id}"));
        var terminal = new Dictionary<string, string?> { ["TERM"] = "xterm-256color" };

        var coloured = LinksProcess.RunOnTerminal(terminal, [.. Arguments(dossier), "--max-age", "0"]);
        var noColorVariable = LinksProcess.RunOnTerminal(new Dictionary<string, string?>(terminal) { ["NO_COLOR"] = "1" }, [.. Arguments(dossier), "--max-age", "0"]);
        var noColorOption = LinksProcess.RunOnTerminal(terminal, [.. Arguments(dossier), "--max-age", "0", "--no-color"]);
        var wideNoColor = LinksProcess.RunOnTerminal(new Dictionary<string, string?>(terminal) { ["NO_COLOR"] = "1" }, [.. Arguments(dossier), "--max-age", "0"], columns: 200);

        Assert.Equal(1, coloured.ExitCode);
        Assert.True(HasColour(coloured.Stdout), coloured.Stdout);
        Assert.Equal(1, noColorVariable.ExitCode);
        Assert.False(HasColour(noColorVariable.Stdout), noColorVariable.Stdout);
        Assert.Contains("broken", noColorVariable.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, noColorOption.ExitCode);
        Assert.False(HasColour(noColorOption.Stdout), noColorOption.Stdout);
        // the tables, on a terminal wide enough, too
        Assert.Contains(wideNoColor.Stdout, c => c is >= '\u2500' and <= '\u257F');
        Assert.False(HasColour(wideNoColor.Stdout), wideNoColor.Stdout);
    }

    [Fact]
    public void On_a_terminal_wide_enough_the_findings_are_tables_otherwise_lines()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("gone", server.Url($"/status/410/{_id}"));
        dossier.AddCitation("fine", server.Url($"/ok/{_id}"));
        var terminal = new Dictionary<string, string?> { ["TERM"] = "xterm-256color" };

        var wide = LinksProcess.RunOnTerminal(terminal, [.. Arguments(dossier), "--max-age", "0"], columns: 200);
        var narrow = LinksProcess.RunOnTerminal(terminal, [.. Arguments(dossier), "--max-age", "0"], columns: 70);

        Assert.Equal(1, wide.ExitCode);
        Assert.Contains(wide.Stdout, c => c is >= '\u2500' and <= '\u257F');
        var summary = Assert.Single(wide.Lines, l => l.StartsWith("2 URLs (0 from cache) in ", StringComparison.Ordinal));
        // a run shorter than a second shows no progress display (read from the run's own time: on a machine so loaded
        // that these two local pages take a second, the display rightly appears)
        var seconds = double.Parse(summary["2 URLs (0 from cache) in ".Length..summary.IndexOf(" s:", StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        if (seconds < 0.9)
        {
            Assert.DoesNotContain("/2 URLs", wide.Stdout, StringComparison.Ordinal);
        }
        Assert.Equal(1, narrow.ExitCode);
        Assert.DoesNotContain(narrow.Stdout, c => c is >= '\u2500' and <= '\u257F');
        Assert.Contains(narrow.Lines, l => l.Contains($"content/citations/gone.md:6:6: ", StringComparison.Ordinal)
            && l.Contains(server.Url($"/status/410/{_id}"), StringComparison.Ordinal));
    }

    [Fact]
    public void On_a_terminal_a_run_longer_than_a_second_shows_its_progress()
    {
        // Given a quick page and one that answers after three seconds (the attempt times out after two)
        using var dossier = new TempDossier();
        dossier.AddCitation("quick", server.Url($"/ok/{_id}"));
        dossier.AddCitation("slow", server.Url($"/slow/{_id}"));

        var outcome = LinksProcess.RunOnTerminal(new Dictionary<string, string?> { ["TERM"] = "xterm-256color" }, Arguments(dossier), columns: 160);

        // Then, while the slow page is awaited, the display shows done/total, the counts so far and the host being checked
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"1/2 URLs: 1 ok; ", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains($"checking 127.0.0.1:{server.Port}", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains(outcome.Lines, l => l.Contains("2 URLs (0 from cache) in ", StringComparison.Ordinal) && l.EndsWith(": 1 ok, 1 timeout", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_link_passing_exits_0()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("fine", server.Url($"/ok/{_id}"));

        var outcome = LinksProcess.Run(null, Arguments(dossier));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^1 URLs \(0 from cache\) in \d+\.\d s: 1 ok$", outcome.Lines[^1]);
    }

    [Theory]
    [InlineData("--format", "yaml")]
    [InlineData("--per-host", "0")]
    [InlineData("--no-such-option", "1")]
    public void Wrong_usage_exits_2(string option, string value)
    {
        using var dossier = new TempDossier();

        var outcome = LinksProcess.Run(null, [.. Arguments(dossier), option, value]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(0, server.Log.CountUnder("/"  + _id));
    }

    [Fact]
    public void A_folder_without_dossier_yml_is_a_configuration_error_exiting_2()
    {
        using var dossier = new TempDossier();
        File.Delete(Path.Combine(dossier.Root, "dossier.yml"));

        var outcome = LinksProcess.Run(null, Arguments(dossier));

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("error: ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void When_no_host_name_resolves_the_run_exits_3_says_so_once_and_keeps_the_cache()
    {
        // Given citations on three hosts and a cache from a run that had a network
        using var dossier = new TempDossier();
        string[] urls = ["https://one.example/report", "https://two.example/page", "https://three.example/"];
        for (var i = 0; i < urls.Length; i++)
        {
            dossier.AddCitation($"source-{i}", urls[i]);
        }

        var cachePath = Path.Combine(dossier.Root, ".dossier", "links.json");
        Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
        File.WriteAllText(cachePath, """
            {"version": 1, "entries": [{"url": "https://one.example/report", "verdict": "ok", "checked_at": "2026-01-01T00:00:00+00:00", "status": 200}]}
            """);
        var before = File.ReadAllBytes(cachePath);

        // When every host name fails to resolve, as without a network
        var outcome = LinksProcess.Run(new Dictionary<string, string?> { ["DOSSIER_LINKS_NO_DNS"] = "1" }, "links", "--source", dossier.Root, "--no-archive");

        // Then the run could not check: exit 3, said once, and the cache still holds what the last real run found
        Assert.Equal(3, outcome.ExitCode);
        Assert.Single(Regex.Matches(outcome.Stdout + outcome.Stderr, "no host name could be resolved"));
        Assert.Equal(before, File.ReadAllBytes(cachePath));
        // and each URL is still listed on its line, with its place
        foreach (var (url, i) in urls.Select((u, i) => (u, i)))
        {
            Assert.Single(outcome.Lines, l => l.StartsWith($"content/citations/source-{i}.md:6:6: broken: {url} — DNS failure", StringComparison.Ordinal)
                || l.EndsWith($"/content/citations/source-{i}.md:6:6: broken: {url} — DNS failure: {new Uri(url).Host} cannot be resolved (the domain may have lapsed, or there is no network) [links]", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void One_host_that_does_not_resolve_is_a_broken_link_not_a_missing_network()
    {
        using var dossier = new TempDossier();
        dossier.AddCitation("lapsed", "https://lapsed.example/");
        dossier.AddCitation("fine", server.Url($"/ok/{_id}"));

        var outcome = LinksProcess.Run(new Dictionary<string, string?> { ["DOSSIER_LINKS_NO_DNS"] = "1" }, Arguments(dossier));

        Assert.Equal(1, outcome.ExitCode);
        Assert.DoesNotContain("no host name could be resolved", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ctrl_C_saves_the_urls_checked_so_far_in_a_valid_cache_and_exits_130()
    {
        // Given two quick pages and two that take three seconds
        using var dossier = new TempDossier();
        string[] quick = [server.Url($"/ok/{_id}-1"), server.Url($"/ok/{_id}-2")];
        string[] slow = [server.Url($"/slow/{_id}-1"), server.Url($"/slow/{_id}-2")];
        foreach (var (url, n) in quick.Concat(slow).Select((u, n) => (u, n)))
        {
            dossier.AddCitation($"source-{n}", url);
        }

        // When the run is interrupted once the quick pages were answered, while the slow ones are not
        using var process = LinksProcess.Start([.. Arguments(dossier), "--timeout", "20s"]);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((server.Log.Count($"/ok/{_id}-1") == 0 || server.Log.Count($"/ok/{_id}-2") == 0 || server.Log.Count($"/slow/{_id}-1") == 0)
            && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        await Task.Delay(300, TestContext.Current.CancellationToken);
        LinksProcess.Interrupt(process);
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(20)), "the command did not stop after Ctrl-C");

        // Then it exits 130, leaving a cache that loads and holds the quick pages' results, not the unfinished ones
        Assert.Equal(130, process.ExitCode);
        var cache = LinkCache.Load(Path.Combine(dossier.Root, ".dossier", "links.json"));
        Assert.All(quick, url => Assert.Equal(Dossier.Links.Checking.Verdict.Ok, cache.Entries[url].Verdict));
        Assert.All(slow, url => Assert.False(cache.Entries.ContainsKey(url)));
    }

    private string[] Arguments(TempDossier dossier) =>
        ["links", "--source", dossier.Root, "--allow-host", "127.0.0.1", "--timeout", "2s", "--retries", "0", "--no-archive"];

    /// <summary>An SGR sequence setting a foreground colour (30–38, 90–97); bold and resets are not colour.</summary>
    private static bool HasColour(string text) =>
        ColourSequence().Matches(text).Any(m => m.Groups[1].Value.Split(';').Any(p => p is "38" || (p.Length == 2 && (p[0] is '3' or '9') && p[1] is >= '0' and <= '7')));

    [GeneratedRegex(@"\u001b\[([0-9;]*)m")]
    private static partial Regex ColourSequence();

    [GeneratedRegex(@"^[a-z-]+ \(\d+\)$")]
    private static partial Regex HeadingLine();
}
