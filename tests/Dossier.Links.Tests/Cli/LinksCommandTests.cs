using System.Text.Json;
using Dossier.Cli.Commands;
using Dossier.Links.Tests.Server;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dossier.Links.Tests.Cli;

/// <summary><c>dossier links --allow-host 127.0.0.1</c> on a dossier whose citations point at every scripted behaviour.</summary>
public sealed class LinksCommandTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task Every_behaviour_is_classified_and_reported_as_json_and_the_run_fails()
    {
        // Given one citation per scripted behaviour
        using var dossier = new TempDossier();
        (string Id, string Verdict, string Path, string? Quote)[] cases =
        [
            ("ok", "ok", $"/ok/{_id}", null),
            ("not-found", "broken", $"/status/404/{_id}", null),
            ("gone", "broken", $"/status/410/{_id}", null),
            ("head-405", "ok", $"/head-405/{_id}", null),
            ("moved-301", "redirected", $"/moved/301/{_id}", null),
            ("moved-308", "redirected", $"/moved/308/{_id}", null),
            ("moved-302", "ok", $"/moved/302/{_id}", null),
            ("loop", "broken", $"/loop/a/{_id}", null),
            ("chain-12", "redirected", $"/chain/12/{_id}", null),
            ("chain-25", "broken", $"/chain/25/{_id}", null),
            ("rate-limited", "ok", $"/rate-limited/{_id}", null),
            ("flaky", "ok", $"/flaky/{_id}", null),
            ("slow", "timeout", $"/slow/{_id}", null),
            ("bot-wall", "unverifiable", $"/bot-wall/{_id}", null),
            ("quoted", "ok", $"/article/{_id}", ScriptedPages.EnglishQuote),
            ("misquoted", "quote-missing", $"/article/{_id}", "Japan leaves Central Asia"),
            ("russian", "ok", $"/russian/{_id}", ScriptedPages.RussianQuoteWithGuillemets),
            ("gzip", "ok", $"/gzip/{_id}", ScriptedPages.EnglishQuote),
            ("huge", "quote-missing", $"/huge/{_id}", ScriptedPages.EnglishQuote),
            ("other-host", "blocked", $"/to-other-host/{_id}", null),
        ];
        foreach (var (id, _, path, quote) in cases)
        {
            dossier.AddCitation(id, server.Url(path), quote);
        }

        var output = new StringWriter();

        // When
        var exit = await RunAsync(dossier, output, "--format", "json");

        // Then every citation has its verdict, at the line of its url: key
        Assert.Equal(1, exit);
        using var report = JsonDocument.Parse(output.ToString());
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("document").GetString()!, f => f.Clone());
        Assert.Equal(cases.Select(c => c.Id).Order(), findings.Keys.Order());
        foreach (var (id, verdict, _, _) in cases)
        {
            Assert.True(verdict == findings[id].GetProperty("verdict").GetString(), $"{id}: expected {verdict}, got {findings[id]}");
            Assert.Equal(6, findings[id].GetProperty("line").GetInt32());
            Assert.Equal($"content/citations/{id}.md", findings[id].GetProperty("path").GetString());
        }

        Assert.Equal(server.Url($"/ok/{_id}"), findings["moved-301"].GetProperty("suggested_url").GetString());
        Assert.Equal($"http://127.0.0.1:{server.Port}/web/20220301000000/{server.Url($"/status/404/{_id}")}",
            findings["not-found"].GetProperty("suggested_archive_url").GetString());
        Assert.False(findings["ok"].TryGetProperty("suggested_archive_url", out _));
        // The article is cited twice (quoted and misquoted) but fetched once; /ok/ directly once and once per redirect into it.
        Assert.Equal(1, server.Log.Count($"/article/{_id}"));
        Assert.Equal(4, server.Log.Count($"/ok/{_id}"));
        Assert.Equal(7, report.RootElement.GetProperty("summary").GetProperty("failing").GetInt32());
    }

    [Fact]
    public async Task A_second_run_reuses_the_cache_and_requests_nothing()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "fine", $"/ok/{_id}");
        Cite(dossier, "gone", $"/status/410/{_id}");

        var first = await RunAsync(dossier, new StringWriter(), "--format", "json");
        var second = new StringWriter();
        var exit = await RunAsync(dossier, second, "--format", "json");

        Assert.Equal(1, first);
        Assert.Equal(1, exit);
        Assert.Equal(1, server.Log.Count($"/ok/{_id}"));
        Assert.Equal(1, server.Log.Count($"/status/410/{_id}"));
        using var report = JsonDocument.Parse(second.ToString());
        Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("from_cache").GetInt32());
        Assert.True(File.Exists(Path.Combine(dossier.Root, ".dossier", "links.json")));
    }

    [Fact]
    public async Task Soft_404s_cookie_gates_and_text_fragments_reach_the_json_report()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "collapsed", $"/send/301/{_id}?to=%2F");
        Cite(dossier, "titled", $"/soft-404/title/{_id}");
        Cite(dossier, "gated", $"/cookie-gate/302/{_id}");
        Cite(dossier, "highlighted", $"/article/{_id}#:~:text=key%20partner");
        Cite(dossier, "unhighlighted", $"/article/{_id}#:~:text=Japan%20leaves");
        var output = new StringWriter();

        var exit = await RunAsync(dossier, output, "--format", "json", "--no-archive");

        var findings = Findings(output);
        Assert.Equal(1, exit);
        Assert.Equal(("broken", "soft 404: redirects to the site's home page (" + server.Url("/") + "), not to the cited page"),
            (findings["collapsed"].GetProperty("verdict").GetString(), findings["collapsed"].GetProperty("reason").GetString()));
        Assert.Equal("broken", findings["titled"].GetProperty("verdict").GetString());
        Assert.Equal("ok", findings["gated"].GetProperty("verdict").GetString());
        // The gate and the page behind it (more only if a loaded machine made an attempt time out).
        Assert.True(findings["gated"].GetProperty("attempts").GetInt32() >= 2, findings["gated"].ToString());
        Assert.Equal("ok", findings["highlighted"].GetProperty("verdict").GetString());
        Assert.Equal("quote-missing", findings["unhighlighted"].GetProperty("verdict").GetString());
        Assert.DoesNotContain(server.Log.Seen, r => r.Target.Contains('#', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_json_finding_says_how_many_attempts_it_made_and_how_long_it_took()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "fine", $"/ok/{_id}");
        Cite(dossier, "flaky", $"/flaky/{_id}");

        var first = new StringWriter();
        await RunAsync(dossier, first, "--format", "json");
        var second = new StringWriter();
        await RunAsync(dossier, second, "--format", "json");

        var checkedNow = Findings(first);
        // One GET; the 503 and the retry that got the page (more only if a loaded machine made an attempt time out).
        Assert.True(checkedNow["fine"].GetProperty("attempts").GetInt32() >= 1, checkedNow["fine"].ToString());
        Assert.True(checkedNow["flaky"].GetProperty("attempts").GetInt32() >= 2, checkedNow["flaky"].ToString());
        Assert.True(checkedNow["flaky"].GetProperty("duration_ms").GetInt64() > 0, checkedNow["flaky"].ToString());
        Assert.True(checkedNow["fine"].GetProperty("duration_ms").GetInt64() >= 0);
        // Reused from the cache: this run spent nothing on them.
        Assert.All(Findings(second).Values, f =>
        {
            Assert.True(f.GetProperty("from_cache").GetBoolean());
            Assert.Equal(0, f.GetProperty("attempts").GetInt32());
            Assert.Equal(0, f.GetProperty("duration_ms").GetInt64());
        });
    }

    private static Dictionary<string, JsonElement> Findings(StringWriter output)
    {
        using var report = JsonDocument.Parse(output.ToString());
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .ToDictionary(f => f.GetProperty("document").GetString()!, f => f.Clone());
    }

    [Fact]
    public async Task Github_format_annotates_the_url_line_of_each_failing_citation()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "gone", $"/status/410/{_id}");
        Cite(dossier, "walled", $"/bot-wall/{_id}");
        Cite(dossier, "fine", $"/ok/{_id}");
        var output = new StringWriter();

        var exit = await RunAsync(dossier, output, "--format", "github", "--no-archive");

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, exit);
        Assert.Contains(lines, l => l.StartsWith($"::error file={Prefix(dossier)}content/citations/gone.md,line=6,col=6,title=broken url::gone: {server.Url($"/status/410/{_id}")} — HTTP 410 Gone", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"::warning file={Prefix(dossier)}content/citations/walled.md,line=6,col=6,title=unverifiable url::", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("fine.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unverifiable_does_not_fail_the_run_by_default()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "walled", $"/bot-wall/{_id}");

        Assert.Equal(0, await RunAsync(dossier, new StringWriter(), "--format", "markdown"));
        Assert.Equal(1, await RunAsync(dossier, new StringWriter(), "--format", "markdown", "--fail-on", "broken,unverifiable", "--max-age", "0"));
    }

    [Fact]
    public async Task Changed_since_checks_only_citation_files_git_reports_as_changed()
    {
        using var dossier = new TempDossier();
        Cite(dossier, "old", $"/ok/{_id}-old");
        GitCommand.Run(dossier.Root, "init", "-q");
        GitCommand.Run(dossier.Root, "add", ".");
        GitCommand.Run(dossier.Root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "base");
        Cite(dossier, "new", $"/ok/{_id}-new");
        GitCommand.Run(dossier.Root, "add", ".");
        var output = new StringWriter();

        var exit = await RunAsync(dossier, output, "--format", "json", "--changed-since", "HEAD");

        Assert.Equal(0, exit);
        // Only the changed file's URL is asked for (a retry under load may ask twice; the old one never).
        Assert.Equal(0, server.Log.Count($"/ok/{_id}-old"));
        Assert.True(server.Log.Count($"/ok/{_id}-new") >= 1);
    }

    [Theory]
    [InlineData("--timeout", "soon")]
    [InlineData("--format", "yaml")]
    [InlineData("--per-host", "0")]
    [InlineData("--fail-on", "broken,dead")]
    public void Bad_options_fail_validation(string option, string value)
    {
        var settings = option switch
        {
            "--timeout" => new LinksSettings { Timeout = value },
            "--format" => new LinksSettings { Format = value },
            "--per-host" => new LinksSettings { PerHost = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            _ => new LinksSettings { FailOn = value },
        };

        Assert.False(settings.Validate().Successful);
        Assert.True(new LinksSettings().Validate().Successful);
    }

    [Fact]
    public async Task A_missing_source_folder_is_a_configuration_error()
    {
        var settings = new LinksSettings { Source = Path.Combine(Path.GetTempPath(), "no-such-dossier-" + Guid.NewGuid()) };

        var exit = await Command(new StringWriter()).ExecuteAsync(Context(), settings, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
    }

    private void Cite(TempDossier dossier, string id, string path) => dossier.AddCitation(id, server.Url(path));

    private async Task<int> RunAsync(TempDossier dossier, StringWriter output, params string[] extra)
    {
        // The real parser and validation, as `dossier links ...` on the command line.
        string[] arguments =
        [
            "links", "--source", dossier.Root, "--allow-host", "127.0.0.1", "--timeout", "400ms", "--retries", "2",
            "--wayback", server.Url("/wayback/available"), .. extra,
        ];
        var app = new CommandApp(new InstanceRegistrar(new Dictionary<Type, object> { [typeof(LinksCommand)] = Command(output) }));
        app.Configure(config =>
        {
            config.PropagateExceptions();
            config.AddCommand<LinksCommand>("links");
        });
        return await app.RunAsync(arguments, TestContext.Current.CancellationToken);
    }

    private static LinksCommand Command(StringWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Interactive = InteractionSupport.No });
        return new LinksCommand(console, TextWriter.Null, output, TimeProvider.System);
    }

    private static CommandContext Context() => new([], new NoRemainingArguments(), "links", null);

    private sealed class NoRemainingArguments : IRemainingArguments
    {
        public ILookup<string, string?> Parsed { get; } = Array.Empty<string>().ToLookup(a => a, a => (string?)a);

        public IReadOnlyList<string> Raw { get; } = [];
    }

    private static string Prefix(TempDossier dossier)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), dossier.Root).Replace('\\', '/');
        return relative == "." ? "" : relative + "/";
    }
}
