using System.Globalization;
using System.Text.Json;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Cli;

/// <summary>
/// A quote that passes leaves a fingerprint of the words around it in the cache; later runs tell "page changed, quote
/// still there" (information, not a failure) from nothing changed, and a quote gone points to the archived copy nearest
/// the day the source was read. Against pages on the loopback server that the tests edit between runs.
/// </summary>
public sealed class QuoteDriftTests(LinkServer server) : IClassFixture<LinkServer>
{
    private const string SourceQuote = "Japan remains a key partner for Central Asia";
    private const string NoteQuote = "funding for three projects was confirmed";

    private const string Original = """
        <!doctype html><html><head><title>Ministers meet</title></head><body><main><h1>Ministers meet in Dushanbe</h1>
        <p>The ministers met in Dushanbe on Tuesday. They agreed that Japan remains a key partner for Central Asia and
        intends to stay one. After the talks, funding for three projects was confirmed by both delegations, the ministry said.</p>
        <p>The next meeting is planned for the spring, in Tokyo, with the same delegations and a wider agenda on transport and water.</p>
        </main></body></html>
        """;

    /// <summary>The same words in other markup, white space, quotes and punctuation: a redesign, not an edit.</summary>
    private const string Restyled = """
        <!doctype html><html><head><title>Ministers meet | News</title><style>p { color: red; }</style></head><body>
        <nav>Home</nav><main><h1>Ministers meet in <em>Dushanbe</em></h1><div class="lead"><p>The ministers met in
        Dushanbe on Tuesday; they agreed that <strong>Japan remains a key&nbsp;partner for Central Asia</strong> — and
        intends to stay one.</p><p>After the talks, “funding for three projects was confirmed” by both delegations,
        the ministry said.</p></div>
        <p>The next meeting is planned for the spring, in Tokyo, with the same delegations and a wider agenda on transport and water.</p>
        </main></body></html>
        """;

    private readonly string _id = LinkServer.NewId();

    private static string Edited => Original
        .Replace("They agreed that", "Officials no longer claim that", StringComparison.Ordinal)
        .Replace("by both delegations", "by one of the delegations", StringComparison.Ordinal);

    private static string Removed => Original
        .Replace(SourceQuote, "Japan is one partner among many", StringComparison.Ordinal)
        .Replace(NoteQuote, "funding was postponed", StringComparison.Ordinal);

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A source whose page is <c>/editable/{id}</c>, quoting <see cref="SourceQuote"/>, and a footnote quoting <see cref="NoteQuote"/> on body line 6.</summary>
    private TempDossier Dossier(string id, string? archiveUrl = null)
    {
        var dossier = new TempDossier();
        dossier.AddCitation("src", server.Url($"/editable/{id}"), quote: SourceQuote, archiveUrl: archiveUrl);
        dossier.AddArticle("claims", $"Projects were funded.[@src, quote=\"{NoteQuote}\"]");
        return dossier;
    }

    [Fact]
    public async Task The_first_pass_records_a_fingerprint_per_quote_and_a_restyled_page_is_no_change()
    {
        // Given a page holding both quotes
        server.Pages.Set(_id, Original);
        using var dossier = Dossier(_id);

        // When the links are checked
        var first = new StringWriter();
        var exit = await InProcessLinks.RunAsync(server, dossier, first, "--format", "json");

        // Then both quotes pass, and the cache holds a fingerprint of the words around each, with the day
        Assert.Equal(0, exit);
        var quotes = CachedQuotes(dossier);
        Assert.Equal([SourceQuote, NoteQuote], quotes.Select(q => q.GetProperty("text").GetString()));
        Assert.All(quotes, q => Assert.Matches("^w12:[0-9a-f]{16}$", q.GetProperty("fingerprint").GetString()));
        Assert.All(quotes, q => Assert.Equal(Today, q.GetProperty("fingerprinted_on").GetString()));
        Assert.NotEqual(quotes[0].GetProperty("fingerprint").GetString(), quotes[1].GetProperty("fingerprint").GetString());
        Assert.Equal(0, Report(first).GetProperty("summary").GetProperty("quotes_on_changed_pages").GetInt32());
        Assert.Equal(1, server.Log.Count("GET", $"/editable/{_id}"));

        // When the publisher restyles the page (same words) and the links are checked again without the cache's reuse
        server.Pages.Set(_id, Restyled);
        var second = new StringWriter();
        exit = await InProcessLinks.RunAsync(server, dossier, second, "--format", "json", "--max-age", "0s");

        // Then that is no change: no drift reported, the same fingerprints kept
        Assert.Equal(0, exit);
        Assert.Equal(2, server.Log.Count("GET", $"/editable/{_id}"));
        Assert.Equal(0, Report(second).GetProperty("summary").GetProperty("quotes_on_changed_pages").GetInt32());
        Assert.Equal(quotes.Select(q => q.GetProperty("fingerprint").GetString()), CachedQuotes(dossier).Select(q => q.GetProperty("fingerprint").GetString()));
    }

    [Fact]
    public async Task A_page_edited_around_its_quotes_says_page_changed_quote_still_there_in_every_format_and_fails_nothing()
    {
        // Given a first pass over the original page, then the sentences next to both quotes edited
        server.Pages.Set(_id, Original);
        using var dossier = Dossier(_id);
        Assert.Equal(0, await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json"));
        var cacheFile = Path.Combine(dossier.Root, ".dossier", "links.json");
        var afterFirstPass = File.ReadAllText(cacheFile);
        var fingerprints = CachedQuotes(dossier).Select(q => q.GetProperty("fingerprint").GetString()).ToList();
        server.Pages.Set(_id, Edited);

        // When checked again, in each format, each time from the first pass's cache
        var reports = new Dictionary<string, string>();
        var exits = new Dictionary<string, int>();
        foreach (var format in new[] { "json", "text", "github", "markdown" })
        {
            File.WriteAllText(cacheFile, afterFirstPass);
            var output = new StringWriter();
            exits[format] = await InProcessLinks.RunAsync(server, dossier, output, "--format", format, "--max-age", "0s");
            reports[format] = output.ToString();
        }

        // Then the run passes (exit code 0 in every format) and the quotes are ok
        Assert.All(exits.Values, e => Assert.Equal(0, e));
        Assert.Equal(5, server.Log.Count("GET", $"/editable/{_id}"));
        using var json = JsonDocument.Parse(reports["json"]);
        Assert.Equal(2, json.RootElement.GetProperty("summary").GetProperty("quotes_on_changed_pages").GetInt32());
        var drifted = json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.TryGetProperty("quote_drift", out _))
            .OrderBy(f => f.GetProperty("kind").GetString(), StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["quote", "url"], drifted.Select(f => f.GetProperty("kind").GetString()));
        Assert.All(drifted, f =>
        {
            Assert.Equal("ok", f.GetProperty("verdict").GetString());
            Assert.Equal("page changed, quote still there", f.GetProperty("quote_drift").GetProperty("note").GetString());
            Assert.Equal(Today, f.GetProperty("quote_drift").GetProperty("fingerprinted_on").GetString());
        });

        // And the text report lists them as information at the footnote and at the source's url, after the verdicts
        var prefix = InProcessLinks.Prefix(dossier);
        var url = server.Url($"/editable/{_id}");
        var text = reports["text"].Split('\n');
        Assert.Contains("page changed, quote still there (2)", text);
        Assert.Contains($"{prefix}content/articles/claims.md:6:23: info: {url} — page changed, quote still there: the words around the quote differ from those recorded on {Today} [links]", text);
        Assert.Contains(text, l => l.StartsWith($"{prefix}content/citations/src.md:", StringComparison.Ordinal) && l.Contains(": info: ", StringComparison.Ordinal));
        Assert.Contains("2 quotes on pages changed around them", reports["text"], StringComparison.Ordinal);

        // And GitHub gets notices (not errors or warnings; a comma in a property is escaped), Markdown a section of its own
        var github = reports["github"].Split('\n');
        Assert.Contains(github, l => l.StartsWith($"::notice file={prefix}content/articles/claims.md,line=6,col=23,title=page changed%2C quote still there::claims: {url} — ", StringComparison.Ordinal));
        Assert.DoesNotContain(github, l => l.StartsWith("::error", StringComparison.Ordinal) || l.StartsWith("::warning", StringComparison.Ordinal));
        Assert.Contains("### Page changed, quote still there (2)", reports["markdown"], StringComparison.Ordinal);
        Assert.Contains("nothing failing", reports["markdown"], StringComparison.Ordinal);

        // And the cache now holds the new surroundings
        Assert.All(CachedQuotes(dossier).Select(q => q.GetProperty("fingerprint").GetString()), f => Assert.DoesNotContain(f, fingerprints));
    }

    [Fact]
    public async Task A_quote_gone_from_its_page_points_to_the_wayback_copy_nearest_the_accessed_date()
    {
        // Given a first pass over the original page, then both quotes taken out of it
        server.Pages.Set(_id, Original);
        using var dossier = Dossier(_id);
        Assert.Equal(0, await InProcessLinks.RunWithArchiveAsync(server, "/wayback-near/available", dossier, new StringWriter(), "--format", "json"));
        Assert.Empty(ArchiveLookupsOfThisSource());
        server.Pages.Set(_id, Removed);

        // When checked again
        var output = new StringWriter();
        var exit = await InProcessLinks.RunWithArchiveAsync(server, "/wayback-near/available", dossier, output, "--format", "json", "--max-age", "0s");

        // Then both quotes are quote-missing, each pointing to the copy taken on the day the source was read (2024-12-31)
        Assert.Equal(1, exit);
        var url = server.Url($"/editable/{_id}");
        var copy = server.Url($"/web/20241231120000/{url}");
        using var report = JsonDocument.Parse(output.ToString());
        var missing = report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("verdict").GetString() == "quote-missing").ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, f =>
        {
            Assert.EndsWith($"; archived copy nearest the accessed date (2024-12-31): {copy}", f.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(copy, f.GetProperty("archived_copy").GetString());
        });

        // And the archive was asked once for the page, for that day; the cache keeps the copy for the site to offer
        var lookups = ArchiveLookupsOfThisSource();
        Assert.Single(lookups);
        Assert.EndsWith($"?url={Uri.EscapeDataString(url)}&timestamp=20241231", lookups[0].Target, StringComparison.Ordinal);
        using var cache = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier.Root, ".dossier", "links.json")));
        Assert.Equal(copy, cache.RootElement.GetProperty("entries")[0].GetProperty("archive_url").GetString());
    }

    [Fact]
    public async Task When_the_archive_has_no_copy_the_quote_missing_finding_says_so_in_one_clause()
    {
        // The fake archive has no copy of a URL containing "never-archived"
        var id = "never-archived-" + _id;
        server.Pages.Set(id, Removed);
        using var dossier = Dossier(id);
        var output = new StringWriter();

        var exit = await InProcessLinks.RunAsync(server, dossier, output, "--format", "text");

        Assert.Equal(1, exit);
        var lines = output.ToString().Split('\n').Where(l => l.Contains(": quote-missing: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.EndsWith("; no archived copy to point to: the Wayback Machine has no copy of the page [links]", l, StringComparison.Ordinal));
        Assert.Single(server.Log.SeenUnder("/wayback/available?url=" + Uri.EscapeDataString(server.Url($"/editable/{id}"))));
    }

    [Fact]
    public async Task When_the_archive_lookup_fails_the_quote_missing_finding_says_so_and_the_run_still_reports()
    {
        server.Pages.Set(_id, Removed);
        using var dossier = Dossier(_id);
        var output = new StringWriter();

        var exit = await InProcessLinks.RunWithArchiveAsync(server, "/wayback-down/available", dossier, output, "--format", "json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var missing = report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("verdict").GetString() == "quote-missing").ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, f =>
        {
            Assert.EndsWith("; no archived copy to point to: the Wayback lookup failed (the archive's answer was not JSON)", f.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.False(f.TryGetProperty("archived_copy", out _));
        });
        Assert.Single(server.Log.SeenUnder("/wayback-down/"));
    }

    [Fact]
    public async Task A_source_with_its_own_archived_copy_points_there_without_asking_the_archive()
    {
        server.Pages.Set(_id, Removed);
        var recorded = server.Url($"/web/20241231000000/recorded-{_id}");
        using var dossier = Dossier(_id, archiveUrl: recorded);
        var output = new StringWriter();

        var exit = await InProcessLinks.RunWithArchiveAsync(server, "/wayback-near/available", dossier, output, "--format", "json");

        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var missing = report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("verdict").GetString() == "quote-missing").ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, f => Assert.EndsWith($"; the source's archived copy: {recorded}", f.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.Empty(ArchiveLookupsOfThisSource());
    }

    /// <summary>The archive lookups for this test's own page: the server, and so its log, is shared by the class's tests.</summary>
    private List<Server.SeenRequest> ArchiveLookupsOfThisSource() =>
        server.Log.SeenUnder("/wayback-near/").Where(r => r.Target.Contains(_id, StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_cache_written_before_fingerprints_loads_and_gets_them_on_the_next_pass()
    {
        // Given a fresh cache entry as the previous checker wrote it: both quotes found, no fingerprints
        server.Pages.Set(_id, Original);
        using var dossier = Dossier(_id);
        var url = server.Url($"/editable/{_id}");
        var checkedAt = DateTimeOffset.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ss+00:00", CultureInfo.InvariantCulture);
        dossier.Write(".dossier/links.json", $$"""
            {
              "version": 1,
              "entries": [
                {
                  "url": "{{url}}",
                  "verdict": "ok",
                  "checked_at": "{{checkedAt}}",
                  "status": 200,
                  "reason": "HTTP 200 OK",
                  "quotes": [
                    { "text": "{{NoteQuote}}", "finding": "found" },
                    { "text": "{{SourceQuote}}", "finding": "found" }
                  ],
                  "rules": 2
                }
              ]
            }
            """);

        // When the links are checked (the entry is young enough to be reused)
        var output = new StringWriter();
        var exit = await InProcessLinks.RunAsync(server, dossier, output, "--format", "json");

        // Then the cache was read, the page read once more to record the words around each quote, and no drift is claimed
        Assert.Equal(0, exit);
        Assert.Equal(1, server.Log.Count("GET", $"/editable/{_id}"));
        Assert.Equal(0, Report(output).GetProperty("summary").GetProperty("quotes_on_changed_pages").GetInt32());
        Assert.All(CachedQuotes(dossier), q => Assert.StartsWith("w12:", q.GetProperty("fingerprint").GetString(), StringComparison.Ordinal));

        // And the run after reuses the entry, now fingerprinted, without asking the page again
        Assert.Equal(0, await InProcessLinks.RunAsync(server, dossier, new StringWriter(), "--format", "json"));
        Assert.Equal(1, server.Log.Count("GET", $"/editable/{_id}"));
    }

    private static JsonElement Report(StringWriter output) => JsonDocument.Parse(output.ToString()).RootElement.Clone();

    private static List<JsonElement> CachedQuotes(TempDossier dossier)
    {
        using var cache = JsonDocument.Parse(File.ReadAllText(Path.Combine(dossier.Root, ".dossier", "links.json")));
        var entry = Assert.Single(cache.RootElement.GetProperty("entries").EnumerateArray());
        return entry.GetProperty("quotes").EnumerateArray().Select(q => q.Clone()).ToList();
    }
}
