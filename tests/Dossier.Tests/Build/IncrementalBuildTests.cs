using Dossier.Build;
using Dossier.Build.Incremental;
using Dossier.Tests.Fixtures;
using Dossier.Tests.Output;

namespace Dossier.Tests.Build;

/// <summary>
/// A rebuild given the previous build's memory (what <c>dossier serve</c> does) writes exactly the site a full
/// build writes, after every kind of edit, while making only the pages the edit affects.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private readonly FixtureSite _site = FixtureSite.Bundled();
    private readonly string _fresh = Directory.CreateTempSubdirectory("dossier-full-").FullName;
    private readonly BuildMemory _memory = new();

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_fresh, recursive: true);
    }

    public static TheoryData<string> EditSequences() => ["articles", "citations", "countries", "bodies", "declared collections", "settings and theme"];

    [Theory]
    [MemberData(nameof(EditSequences))]
    public void After_each_edit_the_incremental_site_is_byte_identical_to_a_full_build(string sequence)
    {
        // Given a site built once with a memory
        Assert.True(Incremental().Succeeded);

        foreach (var (edit, apply, everyPage) in Edits(sequence))
        {
            // When the edit is made and the site rebuilt with the memory
            apply();
            var incremental = Incremental();

            // Then it matches a build from scratch: same diagnostics, same files, same bytes
            var full = Full();
            Assert.True(full.Succeeded, $"{edit}: {string.Join('\n', full.Diagnostics)}");
            Assert.Equal(full.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
            Assert.Equal([], Differences(SiteSnapshot.Of(_fresh), SiteSnapshot.Of(_site.Output)).Select(file => $"{edit}: {file}"));

            // And only the pages the edit affects were made again (all of them when settings or the theme changed)
            if (everyPage)
            {
                Assert.Equal(full.PageCount, incremental.PagesMade);
            }
            else
            {
                Assert.True(incremental.PagesMade < full.PageCount * 2 / 3,
                    $"{edit}: made {incremental.PagesMade} of {full.PageCount} pages");
            }
        }
    }

    [Fact]
    public void A_rebuild_without_changes_makes_no_page_and_writes_nothing()
    {
        // Given a built site
        var first = Incremental();
        var before = ModificationTimes();

        // When it is rebuilt with nothing changed
        var again = Incremental();

        // Then no page is made again and no file is touched
        Assert.Equal(first.PageCount, again.PageCount);
        Assert.Equal(0, again.PagesMade);
        Assert.Equal(before, ModificationTimes());
    }

    [Fact]
    public void A_rebuild_that_changes_one_country_rewrites_only_the_files_whose_bytes_changed()
    {
        // Given a built site
        Incremental();
        var before = ModificationTimes();

        // When a country's overview changes (its title does not, so no other page shows the change)
        Append("content/countries/turkmenistan.md", "\nTurkmenistan has been neutral since 1995.\n");
        var rebuilt = Incremental();
        Assert.Equal(1, rebuilt.PagesMade);

        // Then its page is rewritten, the search index too (it holds the text), and every other file is untouched
        var after = ModificationTimes();
        var changed = after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["countries/turkmenistan/index.html", "search/index-1.js"], changed);
    }

    [Fact]
    public void A_full_build_links_unchanged_files_from_the_previous_site_instead_of_writing_them()
    {
        // Given a site built by one process
        Assert.True(_site.Build().Succeeded);
        var before = ModificationTimes();

        // When another build (no memory) runs after one country changed
        Append("content/countries/turkmenistan.md", "\nTurkmenistan has been neutral since 1995.\n");
        Assert.True(_site.Build().Succeeded);

        // Then the new site was swapped in whole, yet the files whose bytes did not change keep their modification time
        var after = ModificationTimes();
        Assert.NotEqual(before[".dossier-site"], after[".dossier-site"]);
        var changed = after.Where(kv => kv.Key != ".dossier-site" && before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["countries/turkmenistan/index.html", "search/index-1.js"], changed);
    }

    [Theory]
    [InlineData(0)] // the first byte
    [InlineData(-1)] // the last byte, past the first pieces of a large page
    public void A_full_build_writes_again_a_page_edited_by_hand_in_the_previous_site_even_at_the_same_length(int at)
    {
        // Given a site with a long article (its page is read back in several pieces), built once, whose largest page
        // was then edited by hand without changing its length
        Write("content/articles/long-read.md", "---\ntitle: A Long Read\nsummary: Many paragraphs.\ndate: 2025-01-15\ncountries: [japan]\n---\n\n"
            + string.Concat(Enumerable.Range(0, 2000).Select(n => $"Paragraph {n} on [[japan]] and its partners in Central Asia.\n\n")));
        Assert.True(_site.Build().Succeeded);
        var page = Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories).MaxBy(f => new FileInfo(f).Length)!;
        var built = File.ReadAllBytes(page);
        Assert.True(built.Length > 128 * 1024, $"the largest page has {built.Length} bytes");
        var edited = (byte[])built.Clone();
        var index = at < 0 ? edited.Length + at : at;
        edited[index] = (byte)(edited[index] == (byte)' ' ? '\n' : ' ');
        File.WriteAllBytes(page, edited);

        // When the site is built again with nothing changed
        Assert.True(_site.Build().Succeeded);

        // Then the page holds what the build makes, not the edit
        Assert.Equal(built, File.ReadAllBytes(page));
    }

    /// <summary>The files missing from one tree or whose bytes differ.</summary>
    private static IEnumerable<string> Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual) =>
        expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(file => !expected.TryGetValue(file, out var a) || !actual.TryGetValue(file, out var b) || a != b);

    [Fact]
    public void A_rebuild_reports_again_the_broken_links_of_pages_it_keeps()
    {
        // Given a theme whose layout links to a page the site does not have, so every page has a broken link
        Replace("themes/default/layouts/base.liquid", "<main id=\"main\">", "<main id=\"main\"><a href=\"{{ root }}nowhere/\">x</a>");
        var first = Incremental();
        Assert.False(first.Succeeded);
        Assert.True(first.Diagnostics.Count(d => d.Code.Id == "DOS023") > first.PageCount / 2);

        // When the site is rebuilt with nothing changed, and again after one page changed
        var again = Incremental();
        Append("content/countries/turkmenistan.md", "\nTurkmenistan has been neutral since 1995.\n");
        var edited = Incremental();

        // Then both report every broken link again, though they made no page or one
        Assert.Equal(0, again.PagesMade);
        Assert.Equal(1, edited.PagesMade);
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), edited.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_rebuild_reports_again_a_layout_that_does_not_parse()
    {
        // Given a built site whose layout then breaks
        Assert.True(Incremental().Succeeded);
        Replace("themes/default/layouts/base.liquid", "<main id=\"main\">", "<main id=\"main\">{% if %}");
        var broken = Incremental();
        Assert.Contains(broken.Diagnostics, d => d.Message.StartsWith("the layout does not parse", StringComparison.Ordinal));

        // When it is rebuilt with nothing changed, then with the layout mended
        var again = Incremental();
        Replace("themes/default/layouts/base.liquid", "<main id=\"main\">{% if %}", "<main id=\"main\">");
        var mended = Incremental();

        // Then the error is reported again, then no more, and the mended site is what a full build makes
        Assert.Equal(broken.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        Assert.True(mended.Succeeded, string.Join('\n', mended.Diagnostics));
        Assert.True(Full().Succeeded);
        Assert.Equal([], Differences(SiteSnapshot.Of(_fresh), SiteSnapshot.Of(_site.Output)));
    }

    private BuildResult Incremental() =>
        BuildPipeline.Run(new BuildOptions(_site.Root, _site.Output) { Clock = Clock }, _memory);

    private BuildResult Full()
    {
        Directory.Delete(_fresh, recursive: true);
        return BuildPipeline.Run(new BuildOptions(_site.Root, _fresh) { Clock = Clock });
    }

    private Dictionary<string, DateTime> ModificationTimes() =>
        Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.Output, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private IEnumerable<(string Edit, Action Apply, bool EveryPage)> Edits(string sequence)
    {
        const string article = "content/articles/japan-central-asia-relations.md";
        switch (sequence)
        {
            case "articles":
                yield return ("change an article", () => Append(article, "\nJapan also opened an embassy in [[kazakhstan]] in 1993.\n"), false);
                yield return ("add an article", () => Write("content/articles/second-look.md",
                    "---\ntitle: A Second Look\nsummary: Another view.\ndate: 2025-01-15\ncountries: [japan]\n---\n\nJICA works in [[tajikistan]] [@jica-tajikistan-office].\n"), false);
                yield return ("retitle an article", () => Replace("content/articles/second-look.md", "title: A Second Look", "title: A Second Glance"), false);
                yield return ("rename an article", () => Move("content/articles/second-look.md", "content/articles/second-glance.md"), false);
                yield return ("delete an article", () => Delete("content/articles/second-glance.md"), false);
                break;
            case "citations":
                yield return ("change a citation", () => Replace("content/citations/jica-tajikistan-office.md",
                    "title: \"Japan International Cooperation Agency (JICA) in Tajikistan\"", "title: \"JICA in Tajikistan\""), false);
                yield return ("cite a source once more", () => Append(article, "\nJICA has an office in Dushanbe [@jica-tajikistan-office].\n"), false);
                yield return ("add a citation", () =>
                {
                    Write("content/citations/mofa-kazakhstan-relations.md",
                        "---\ntitle: \"Japan-Kazakhstan Relations\"\ntype: web\npublisher: \"MOFA\"\nurl: \"https://www.mofa.go.jp/region/europe/kazakhstan/index.html\"\naccessed: 2024-12-31\n---\n");
                    Append(article, "\nThe two countries established diplomatic relations in 1992 [@mofa-kazakhstan-relations].\n");
                }, false);
                yield return ("rename a citation", () =>
                {
                    Move("content/citations/mofa-kazakhstan-relations.md", "content/citations/mofa-japan-kazakhstan.md");
                    Replace(article, "[@mofa-kazakhstan-relations]", "[@mofa-japan-kazakhstan]");
                }, false);
                yield return ("delete a citation", () =>
                {
                    Replace(article, " [@mofa-japan-kazakhstan]", "");
                    Delete("content/citations/mofa-japan-kazakhstan.md");
                }, false);
                break;
            case "countries":
                yield return ("retitle a country", () => Replace("content/countries/kazakhstan.md", "title: Kazakhstan", "title: Republic of Kazakhstan"), false);
                yield return ("add a country", () =>
                {
                    Write("content/countries/mongolia.md", "---\ntitle: Mongolia\niso3: MNG\ncapital: Ulaanbaatar\nregion: East Asia\n---\n\nMongolia borders [[china]] and [[russia]].\n");
                    Append(article, "\nJapan is also a partner of [[mongolia]].\n");
                }, false);
                yield return ("rename a country", () =>
                {
                    Move("content/countries/mongolia.md", "content/countries/mongolia-state.md");
                    Replace(article, "[[mongolia]]", "[[mongolia-state]]");
                }, false);
                yield return ("delete a country", () =>
                {
                    Replace(article, "\nJapan is also a partner of [[mongolia-state]].\n", "");
                    Delete("content/countries/mongolia-state.md");
                }, false);
                break;
            case "bodies":
                yield return ("add an article whose front matter names nothing", () => Write("content/articles/notes-from-ashgabat.md",
                    "---\ntitle: Notes from Ashgabat\nsummary: A traveller's view.\ndate: 2025-02-01\n---\n\nA short visit.\n"), false);

                yield return ("add a draft, which is not built", () => Write("content/articles/unfinished.md",
                    "---\ntitle: Unfinished\nsummary: Not yet.\ndate: 2025-03-01\ndraft: true\n---\n\nTo be written.\n"), false);

                // From here only bodies change, so a rebuild patches the last graph instead of linking the dossier again.
                yield return ("edit the draft's body", () => Append("content/articles/unfinished.md", "\nA first paragraph about [[kazakhstan]].\n"), false);
                yield return ("link a country from that article's body", () => Append("content/articles/notes-from-ashgabat.md", "\nThe capital of [[turkmenistan]].\n"), false);
                yield return ("link a country to another from its body", () => Append("content/countries/turkmenistan.md", "\nTurkmenistan borders [[afghanistan]].\n"), false);
                yield return ("cite a source in an agreement's body", () =>
                    Append("content/agreements/silk-road-diplomacy.md", "\nSee the later assessment [@carnegie-2022-japan-central-asia].\n"), false);
                yield return ("cite a source first in the article, renumbering its notes", () =>
                    Replace(article, "\n---\n", "\n---\n\nAs first reported [@diplomat-2015-abe-central-asia].\n"), false);
                yield return ("edit two bodies at once", () =>
                {
                    Replace("content/countries/turkmenistan.md", "\nTurkmenistan borders [[afghanistan]].\n", "\nTurkmenistan borders [[uzbekistan]] and [[afghanistan]].\n");
                    Replace("content/agreements/silk-road-diplomacy.md", " [@carnegie-2022-japan-central-asia]", " [@jica-tajikistan-office]");
                }, false);
                yield return ("remove the link and the cite again", () =>
                {
                    Replace("content/countries/turkmenistan.md", "\nTurkmenistan borders [[uzbekistan]] and [[afghanistan]].\n", "");
                    Replace("content/agreements/silk-road-diplomacy.md", "\nSee the later assessment [@jica-tajikistan-office].\n", "");
                    Replace(article, "\nAs first reported [@diplomat-2015-abe-central-asia].\n", "");
                    Replace("content/articles/notes-from-ashgabat.md", "\nThe capital of [[turkmenistan]].\n", "");
                }, false);
                break;
            case "declared collections":
                yield return ("edit a person's body", () => Append("content/people/shinzo-abe.md", "\nHe also visited [[kazakhstan]] in 2015.\n"), false);
                yield return ("retitle an organisation", () => Replace("content/organisations/jica.md", "title: Japan International Cooperation Agency (JICA)", "title: JICA"), false);
                yield return ("add a person", () => Write("content/people/fumio-kishida.md",
                    "---\ntitle: Fumio Kishida\nrole: Prime Minister of Japan\ncountry: japan\n---\n\nHe met leaders of [[kazakhstan]].\n"), false);
                yield return ("move a person to another country", () => Replace("content/people/fumio-kishida.md", "country: japan", "country: kazakhstan"), false);
                yield return ("link a person from the article", () => Append(article, "\nSee also [[fumio-kishida]].\n"), false);
                yield return ("delete the person", () =>
                {
                    Replace(article, "\nSee also [[fumio-kishida]].\n", "");
                    Delete("content/people/fumio-kishida.md");
                }, false);
                yield return ("declare a new field", () => Replace("dossier.yml", "      role:      { type: string", "      born:      { type: number }\n      role:      { type: string"), true);
                break;
            case "settings and theme":
                yield return ("change the site's title", () => Replace("dossier.yml", "title: Japan and Central Asia", "title: Japan and Central Asia, revised"), true);
                yield return ("change a layout", () => Append("themes/default/layouts/base.liquid", "\n<!-- changed -->\n"), true);
                yield return ("change a stylesheet", () => Append("themes/default/assets/site.css", "\n/* changed */\n"), true);
                break;
        }
    }

    private string PathOf(string relative) => Path.Combine(_site.Root, relative);

    private void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    private void Append(string relative, string text) => File.AppendAllText(PathOf(relative), text);

    private void Replace(string relative, string old, string replacement)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(old, text);
        File.WriteAllText(PathOf(relative), text.Replace(old, replacement, StringComparison.Ordinal));
    }

    private void Move(string from, string to) => File.Move(PathOf(from), PathOf(to));

    private void Delete(string relative) => File.Delete(PathOf(relative));
}
