using Dossier.Links.Tests.Cli;

namespace Dossier.Links.Tests.PageMetadata;

/// <summary>
/// <c>dossier new citation --from-url</c> as a process against pages on a real Kestrel server on 127.0.0.1: the file it
/// writes carries the page's metadata and passes <c>dossier check</c>; a loopback or private address is refused
/// unless allowed by name.
/// </summary>
[Collection(nameof(ProcessRuns))]
public sealed class NewCitationFromUrlTests(MetadataPageServer server) : IClassFixture<MetadataPageServer>
{
    public static TheoryData<string, string[], string[]> Kinds => new()
    {
        {
            "/highwire",
            ["title: \"Water and Power in the Syr Darya Basin\"", "publisher: \"Eurasia Academic Press\"", "url: \"https://journal.example.org/articles/42\"",
                "published: 2024-06-12", "language: ru"],
            ["(from citation_title)", "(from citation_publisher)", "(from citation_publication_date)", "(from citation_language)", "(from citation_public_url)"]
        },
        {
            "/json-ld",
            ["title: \"Tashkent hosts the Central Asia + Japan forum\"", "publisher: \"Example News Ltd\"", "url: \"https://news.example.org/2023/11/05/forum\"",
                "published: 2023-11-05", "language: uz"],
            ["(from JSON-LD headline)", "(from JSON-LD publisher.name)", "(from JSON-LD datePublished)", "(from JSON-LD inLanguage)", "(from JSON-LD url)"]
        },
        {
            "/opengraph",
            ["title: \"Energiepartnerschaft mit Kasachstan\"", "publisher: \"Beispiel Zeitung\"", "url: \"https://zeitung.example.de/energie/kasachstan\"",
                "published: 2022-03-01", "language: de"],
            ["(from og:title)", "(from og:site_name)", "(from article:published_time)", "(from <html lang>)", "(from og:url)"]
        },
        {
            "/moved",
            ["title: \"Annual report 2021\"", "publisher: \"127.0.0.1\"", "url: \"http://127.0.0.1:{port}/pages/annual-report\"", "language: en-GB"],
            ["(from <title>)", "publisher  not on the page: the address's host", "published  not on the page: left out", "(from <html lang>)", "(from <link rel=canonical>)"]
        },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_citation_is_filled_in_from_the_page_says_where_each_value_came_from_and_passes_check(string path, string[] lines, string[] sources)
    {
        // Given a dossier
        using var dossier = new TempDossier().MinimalValid();

        // When a citation is made from a page on this machine, allowed by name
        var made = LinksProcess.Run(null, "new", "citation", "from-page", "--source", dossier.Root, "--from-url", server.Url(path), "--allow-host", "127.0.0.1");
        // (checked in this process: the command's copy beside these tests lacks what a build loads outside `links`)
        var check = dossier.Check(now: DateTimeOffset.UtcNow);

        // Then the file holds the page's values, the output names where each came from, and check finds no error
        Assert.True(made.ExitCode == 0, made.Stdout + made.Stderr);
        var file = File.ReadAllLines(Path.Combine(dossier.Root, "content/citations/from-page.md"));
        foreach (var line in lines)
        {
            Assert.Contains(line.Replace("{port}", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), file);
        }

        foreach (var source in sources)
        {
            Assert.Contains(source, made.Stdout, StringComparison.Ordinal);
        }

        Assert.Empty(check);
    }

    [Fact]
    public void Options_given_win_over_the_page()
    {
        using var dossier = new TempDossier().MinimalValid();

        var made = LinksProcess.Run(null, "new", "citation", "from-page", "--source", dossier.Root, "--from-url", server.Url("/highwire"),
            "--allow-host", "127.0.0.1", "--title", "My own title", "--type", "journal");

        Assert.Equal(0, made.ExitCode);
        var file = File.ReadAllLines(Path.Combine(dossier.Root, "content/citations/from-page.md"));
        Assert.Contains("title: \"My own title\"", file);
        Assert.Contains("type: journal  # one of: news, web, government, report, book, journal, pdf", file);
        Assert.Contains("  title      My own title  (given on the command line)", made.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loopback_address_is_refused_without_allow_host_and_nothing_is_sent_or_written()
    {
        using var dossier = new TempDossier().MinimalValid();
        var before = server.Requests;

        var made = LinksProcess.Run(null, "new", "citation", "from-page", "--source", dossier.Root, "--from-url", server.Url("/highwire"));

        Assert.Equal(1, made.ExitCode);
        Assert.Contains($"error: {server.Url("/highwire")} was not fetched: 127.0.0.1 is a loopback address", made.Stderr, StringComparison.Ordinal);
        Assert.Contains("--allow-host", made.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", made.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dossier.Root, "content/citations/from-page.md")));
        Assert.Equal(before, server.Requests);
    }

    [Theory]
    [InlineData("http://10.1.2.3/report", "10.1.2.3 is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address (cloud metadata lives there); it can never be allowed")]
    public void A_private_or_link_local_address_is_refused_before_connecting(string url, string reason)
    {
        using var dossier = new TempDossier().MinimalValid();

        var made = LinksProcess.Run(null, "new", "citation", "internal", "--source", dossier.Root, "--from-url", url, "--allow-host", "169.254.169.254");

        Assert.Equal(1, made.ExitCode);
        Assert.Contains($"error: {url} was not fetched: {reason}", made.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dossier.Root, "content/citations/internal.md")));
    }

    [Theory]
    [InlineData("/gone", "answered HTTP 410 Gone")]
    [InlineData("/report.pdf", "is not an HTML page (it is application/pdf)")]
    public void A_page_that_cannot_be_read_is_a_clear_refusal(string path, string message)
    {
        using var dossier = new TempDossier().MinimalValid();

        var made = LinksProcess.Run(null, "new", "citation", "unread", "--source", dossier.Root, "--from-url", server.Url(path), "--allow-host", "127.0.0.1");

        Assert.Equal(1, made.ExitCode);
        Assert.Contains($"error: {server.Url(path)} {message}", made.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dossier.Root, "content/citations/unread.md")));
    }
}
