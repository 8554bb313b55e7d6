using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.EndToEnd;

/// <summary>Builds the bundled Japan–Central Asia dossier and checks the written site as a reader's browser would see it.</summary>
public sealed class BundledDossierTests : IClassFixture<BundledDossierTests.BuiltSite>
{
    private readonly BuiltSite _site;

    public BundledDossierTests(BuiltSite site)
    {
        _site = site;
    }

    [Fact]
    public void The_bundled_dossier_builds_with_no_error_and_only_the_repeated_paragraph_warning()
    {
        // The seed article repeats two sentences; the text is kept faithfully, so the lint reports it.
        var warning = Assert.Single(_site.Result.Diagnostics);
        Assert.Equal("DOS103", warning.Code.Id);
        Assert.True(_site.Result.Written);
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_written_file_and_every_fragment_exists()
    {
        var checkedLinks = 0;
        foreach (var (file, document) in _site.Pages)
        {
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (link.StartsWith("http://", StringComparison.Ordinal) || link.StartsWith("https://", StringComparison.Ordinal))
                {
                    continue;
                }

                var (target, fragment) = _site.Resolve(file, link);
                Assert.True(File.Exists(Path.Combine(_site.Output, target)), $"{file} links to {link}: no {target}");
                if (fragment.Length > 0)
                {
                    Assert.True(_site.Pages.ContainsKey(target), $"{file} links to {link}: {target} is not a page");
                    Assert.NotNull(_site.Pages[target].GetElementById(fragment));
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 300, $"only {checkedLinks} links were checked");
    }

    [Fact]
    public void Each_of_the_ten_citations_appears_once_in_the_bibliography_with_a_back_link_to_its_footnote()
    {
        var bibliography = _site.Pages["bibliography/index.html"];
        var entries = bibliography.QuerySelectorAll("ul.bibliography > li");
        Assert.Equal(10, entries.Length);
        var citationIds = Directory.EnumerateFiles(Path.Combine(_site.Site.Root, "content", "citations"))
            .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(citationIds, entries.Select(e => e.Id).Order(StringComparer.Ordinal).ToList());

        foreach (var entry in entries)
        {
            // Every back-link leads to a note that cites this very source (its URL is in both);
            // exactly one of them is in the article (countries and agreements cite sources too).
            var url = entry.QuerySelector(".reference a")!.GetAttribute("href");
            var backLinks = entry.QuerySelectorAll(".cited-in a[href*='#cite-note-']").ToList();
            Assert.NotEmpty(backLinks);
            var inArticle = 0;
            foreach (var backLink in backLinks)
            {
                var (target, fragment) = _site.Resolve("bibliography/index.html", backLink.GetAttribute("href")!);
                var note = _site.Pages[target].GetElementById(fragment);
                Assert.NotNull(note);
                Assert.Contains(note!.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
                inArticle += target == "articles/japan-central-asia-relations/index.html" ? 1 : 0;
            }

            Assert.Equal(1, inArticle);
        }
    }

    [Fact]
    public void Every_footnote_links_back_to_the_place_it_is_cited()
    {
        var article = _site.Pages["articles/japan-central-asia-relations/index.html"];
        var notes = article.QuerySelectorAll("section.notes li");
        Assert.Equal(10, notes.Length);
        for (var i = 0; i < notes.Length; i++)
        {
            var number = i + 1;
            Assert.Equal($"cite-note-{number}", notes[i].Id);
            var back = notes[i].QuerySelector("a.note-back")!;
            Assert.Equal($"#cite-ref-{number}", back.GetAttribute("href"));
            var reference = article.GetElementById($"cite-ref-{number}");
            Assert.NotNull(reference);
            Assert.Equal($"#cite-note-{number}", reference!.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), reference.TextContent);
        }
    }

    [Fact]
    public void Every_party_of_an_agreement_links_to_that_agreement_from_its_country_page()
    {
        var checkedParties = 0;
        // Every agreement's own page (not the index, nor the timeline and matrix that show them all).
        foreach (var (file, document) in _site.Pages.Where(p => p.Key.StartsWith("agreements/", StringComparison.Ordinal) && p.Key != "agreements/index.html"
            && !p.Key.StartsWith("agreements/timeline/", StringComparison.Ordinal) && !p.Key.StartsWith("agreements/matrix/", StringComparison.Ordinal)))
        {
            var parties = document.QuerySelectorAll("dl.facts div")
                .Single(row => row.QuerySelector("dt")!.TextContent == "Parties")
                .QuerySelectorAll("dd a");
            Assert.NotEmpty(parties);
            foreach (var party in parties)
            {
                var (countryFile, _) = _site.Resolve(file, party.GetAttribute("href")!);
                var links = _site.Pages[countryFile].QuerySelectorAll("#agreements-heading ~ ul a")
                    .Select(a => _site.Resolve(countryFile, a.GetAttribute("href")!).File);
                Assert.Contains(file, links);
                checkedParties++;
            }
        }

        Assert.True(checkedParties >= 14, $"only {checkedParties} parties checked");
    }

    [Fact]
    public void The_russian_title_is_marked_as_russian()
    {
        var article = _site.Pages["articles/japan-central-asia-relations/index.html"];
        var russian = article.QuerySelector("#cite-note-1 [lang='ru']");
        Assert.NotNull(russian);
        Assert.StartsWith("Вопросы привлечения инвестиций", russian!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Carnegie_Moscow_source_recorded_dead_says_so_in_its_footnote_the_bibliography_and_its_page()
    {
        // Given the seed's Carnegie Moscow event page, whose domain is gone: its citation carries url_status: dead
        const string id = "carnegie-2022-japan-central-asia";
        var article = _site.Pages["articles/japan-central-asia-relations/index.html"];
        var notes = article.QuerySelectorAll("section.notes li")
            .Where(n => n.QuerySelectorAll("a.note-bib").Any(a => a.GetAttribute("href")!.EndsWith("#" + id, StringComparison.Ordinal)))
            .ToList();
        var entry = _site.Pages["bibliography/index.html"].GetElementById(id)!;
        var page = _site.Pages[$"sources/{id}/index.html"];

        // Then every footnote citing it, its bibliography entry and its own page say the link is dead, in words
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains("(dead link)", n.TextContent, StringComparison.Ordinal));
        Assert.Contains("(dead link)", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dead link", entry.QuerySelector(".link-dead")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(dead link)", page.QuerySelector("main .reference")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Link healthDead link: the page is gone", page.QuerySelector("main .facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_are_relative_so_the_site_works_under_a_sub_path()
    {
        foreach (var (file, document) in _site.Pages.Where(p => p.Key != "404.html"))
        {
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(link.StartsWith('/'), $"{file} has a root-relative link {link}");
            }
        }
    }

    [Fact]
    public void The_404_page_links_from_the_base_url_path_because_it_is_served_at_any_depth()
    {
        var links = _site.Pages["404.html"].QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(l => !l.StartsWith('#') && !l.StartsWith("https://", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.StartsWith(BuiltSite.BasePath, l, StringComparison.Ordinal));
        Assert.Contains("/dossier/search/", links);
        Assert.Equal("noindex", _site.Pages["404.html"].QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    /// <summary>The bundled dossier, built once into a temporary folder and parsed page by page.</summary>
    public sealed class BuiltSite : IDisposable
    {
        /// <summary>The path of the bundled dossier's <c>base_url</c>, where the 404 page's links start.</summary>
        public const string BasePath = "/dossier/";

        private static readonly Uri Root = new("https://site.invalid/");

        public BuiltSite()
        {
            Site = FixtureSite.Bundled();
            Result = Site.Build();
            var parser = new HtmlParser();
            Pages = Directory.Exists(Output)
                ? Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(Output, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)))
                : [];
        }

        public FixtureSite Site { get; }

        public Dossier.Build.BuildResult Result { get; }

        public string Output => Site.Output;

        public Dictionary<string, IDocument> Pages { get; }

        /// <summary>The site file a link on a page leads to (folders mean their index.html), and its fragment.</summary>
        public (string File, string Fragment) Resolve(string fromFile, string href)
        {
            if (href.StartsWith(BasePath, StringComparison.Ordinal))
            {
                (fromFile, href) = ("", "./" + href[BasePath.Length..]);
            }

            var target = new Uri(new Uri(Root, fromFile), href);
            var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
            if (path.Length == 0 || path.EndsWith('/'))
            {
                path += "index.html";
            }

            return (path, Uri.UnescapeDataString(target.Fragment.TrimStart('#')));
        }

        public void Dispose()
        {
            foreach (var page in Pages.Values)
            {
                page.Dispose();
            }

            Site.Dispose();
        }
    }
}
