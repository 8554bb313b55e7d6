using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary><c>dossier new</c> through the real command: what it writes passes <c>dossier check</c>; what it refuses, it leaves alone.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("citation", "kyodo-2024-japan-mongolia", "content/citations/kyodo-2024-japan-mongolia.md", "DOS101",
        new[] { "--url", "https://english.kyodonews.net/news/2024/06/japan-mongolia.html", "--type", "news", "--publisher", "Kyodo News", "--title", "Japan and Mongolia: \"a new chapter\" # 1" })]
    [InlineData("country", "mongolia", "content/countries/mongolia.md", "DOS104", new[] { "--iso3", "mng" })]
    [InlineData("agreement", "kazakhstan-japan-energy-memorandum", "content/agreements/kazakhstan-japan-energy-memorandum.md", "DOS104",
        new[] { "--party", "kazakhstan", "--party", "japan", "--kind", "memorandum" })]
    [InlineData("article", "japan-and-mongolia", "content/articles/japan-and-mongolia.md", null, new[] { "--title", "Japan and Mongolia" })]
    public void A_new_document_passes_check_unchanged(string collection, string id, string path, string? expectedWarning, string[] options)
    {
        // Given the bundled dossier
        using var site = FixtureSite.Bundled();

        // When an editor creates a document and runs dossier check without touching it
        var created = CliProcess.Run(null, ["new", collection, id, "--source", site.Root, .. options]);
        var check = CliProcess.Run(null, "check", "--source", site.Root);

        // Then the file is there, the check has no errors, and the only new warning says nothing uses it yet
        Assert.Equal(0, created.ExitCode);
        Assert.Contains($"Created {Path.Join(site.Root, path)}", created.Stdout, StringComparison.Ordinal);
        Assert.Contains("dossier check", created.Stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Root, path)));
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain(": error:", check.Stderr, StringComparison.Ordinal);
        var newWarnings = check.Stderr.Split('\n').Where(l => l.StartsWith(path + ":", StringComparison.Ordinal)).ToList();
        Assert.Equal(expectedWarning is null ? [] : [$"{path}:1:1: warning: {Unused(collection, id)} [{expectedWarning}]"], newWarnings);
    }

    [Fact]
    public void A_citation_is_accessed_today_and_an_article_dated_today()
    {
        using var site = FixtureSite.Bundled();
        var before = DateOnly.FromDateTime(DateTime.UtcNow);

        CliProcess.Run(null, "new", "citation", "new-source", "--source", site.Root, "--url", "https://example.org/report");
        CliProcess.Run(null, "new", "article", "new-analysis", "--source", site.Root);

        // Either side of midnight UTC, the date is the one of the moment the command ran
        var after = DateOnly.FromDateTime(DateTime.UtcNow);
        var today = new[] { $"{before:yyyy-MM-dd}", $"{after:yyyy-MM-dd}" };
        var citation = File.ReadAllLines(Path.Combine(site.Root, "content/citations/new-source.md"));
        var article = File.ReadAllLines(Path.Combine(site.Root, "content/articles/new-analysis.md"));
        Assert.Contains(citation.Single(l => l.StartsWith("accessed: ", StringComparison.Ordinal))["accessed: ".Length..], today);
        Assert.Contains(article.Single(l => l.StartsWith("date: ", StringComparison.Ordinal))["date: ".Length..], today);
        Assert.Contains("publisher: \"example.org\"", citation);
        Assert.Contains("title: \"New Analysis\"", article);
    }

    [Fact]
    public void An_existing_file_is_never_overwritten()
    {
        // Given a citation that exists
        using var site = FixtureSite.Bundled();
        var path = Path.Combine(site.Root, "content/citations/jica-tajikistan-office.md");
        var before = File.ReadAllBytes(path);

        // When an editor asks for a new citation with its id
        var outcome = CliProcess.Run(null, "new", "citation", "jica-tajikistan-office", "--source", site.Root, "--url", "https://example.org/");

        // Then the command refuses and the file is byte for byte the same
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: content/citations/jica-tajikistan-office.md already exists; `dossier new` never overwrites a file", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("kazakhstan", "content/countries/kazakhstan.md")]
    [InlineData("japan-central-asia-relations", "content/articles/japan-central-asia-relations.md")]
    public void An_id_used_in_another_collection_is_refused(string id, string usedBy)
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "new", "citation", id, "--source", site.Root, "--url", "https://example.org/");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error: the id `{id}` is already used by {usedBy}; ids are unique across all collections, ignoring case", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/citations", id + ".md")));
    }

    [Fact]
    public void An_id_that_differs_from_a_file_name_only_in_case_is_refused()
    {
        // Given a (badly named) file whose name is the new id in capitals
        using var site = FixtureSite.Bundled();
        File.Copy(Path.Combine(site.Root, "content/countries/japan.md"), Path.Combine(site.Root, "content/agreements/Japan-Notes.md"));

        var outcome = CliProcess.Run(null, "new", "article", "japan-notes", "--source", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the id `japan-notes` is already used by content/agreements/Japan-Notes.md", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/articles/japan-notes.md")));
    }

    [Theory]
    [InlineData("kaz")]
    [InlineData("KAZ")]
    public void A_country_with_an_iso_code_already_used_is_refused(string iso3)
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "new", "country", "kazakh-republic", "--source", site.Root, "--iso3", iso3);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("error: the ISO code `KAZ` is already used by content/countries/kazakhstan.md (Kazakhstan)", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/countries/kazakh-republic.md")));
    }

    [Theory]
    [InlineData("Mongolia", "it has capital letters", "mongolia")]
    [InlineData("mongolia_japan", "it has `_`, which ids cannot hold", "mongolia-japan")]
    [InlineData("2024-mongolia", "it does not start with a letter", "mongolia")]
    [InlineData("japan mongolia", "it has spaces, which ids cannot hold", "japan-mongolia")]
    public void An_invalid_id_is_refused_with_the_reason_and_a_valid_one(string id, string reason, string suggestion)
    {
        using var site = FixtureSite.Bundled();
        var files = ContentFiles(site);

        var outcome = CliProcess.Run(null, "new", "country", id, "--source", site.Root, "--iso3", "MNG");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error: `{id}` is not a valid id: {reason}. An id becomes the file name: lowercase letters a-z, digits and '-', starting with a letter, at most 80 characters; try `{suggestion}`",
            outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(files, ContentFiles(site));
    }

    [Theory]
    [InlineData("ftp://example.org/report.pdf")]
    [InlineData("www.example.org/report")]
    [InlineData("/report.pdf")]
    public void A_url_that_is_not_absolute_http_is_refused(string url)
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "new", "citation", "new-report", "--source", site.Root, "--url", url);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains($"error: `{url}` is not an absolute http or https URL", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/citations/new-report.md")));
    }

    [Fact]
    public void An_agreement_whose_party_is_not_a_country_is_refused_with_each_reason()
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "new", "agreement", "new-plan", "--source", site.Root,
            "--party", "japan", "--party", "kazakstan", "--party", "silk-road-diplomacy", "--party", "mongolia");

        Assert.Equal(1, outcome.ExitCode);
        var errors = outcome.Stderr.Split('\n');
        Assert.Contains("error: there is no country `kazakstan`; did you mean `kazakhstan`?", errors);
        Assert.Contains("error: `silk-road-diplomacy` is not a country but content/agreements/silk-road-diplomacy.md; parties are countries", errors);
        Assert.Contains("error: there is no country `mongolia`; add it first with `dossier new country mongolia --iso3 …`", errors);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/agreements/new-plan.md")));
    }

    [Theory]
    [InlineData("citation", "a citation needs its address: add --url https://…")]
    [InlineData("country", "a country needs its ISO 3166-1 alpha-3 code: add --iso3 XXX (e.g. --iso3 KAZ)")]
    [InlineData("agreement", "an agreement needs at least one party: add --party <country-id> (repeat it for each party)")]
    public void What_cannot_be_guessed_must_be_given(string collection, string message)
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "new", collection, "something-new", "--source", site.Root);

        // Wrong usage, not a problem of the dossier's.
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"error: {message}", outcome.Stderr, StringComparison.Ordinal);
    }

    private static string Unused(string collection, string id) =>
        collection == "citation" ? $"no document cites `{id}`" : $"nothing links to the {collection} `{id}`";

    private static List<string> ContentFiles(FixtureSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
