using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Interchange;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;
using Dossier.Tests.Fixtures;
using Dossier.Tests.Rendering;
using Json.Schema;

namespace Dossier.Tests.Interchange;

/// <summary>
/// The bundled dossier's bibliography as BibTeX, RIS and CSL-JSON: each whole export compared with its reviewed golden
/// file, every source exactly once in each, BibTeX and RIS read back by our readers to the same entries, CSL-JSON valid
/// against the CSL-JSON schema's constraints, and each source's own files beside its page.
/// </summary>
public sealed class BibliographyExportTests(BibliographyExportTests.Bundled bundled) : IClassFixture<BibliographyExportTests.Bundled>
{
    public static TheoryData<string> Extensions() => [".bib", ".ris", ".json"];

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Each_export_is_the_reviewed_file(string extension) =>
        GoldenFile.AssertMatches("bibliography" + extension, bundled.Text("bibliography" + extension));

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Every_source_appears_exactly_once_in_each_export(string extension)
    {
        var keys = Read(extension, bundled.Text("bibliography" + extension)).Select(e => e.Key).ToList();

        Assert.Equal(10, keys.Count);
        Assert.Equal(bundled.Citations.Select(c => c.Id).Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public void Our_export_read_back_by_our_reader_gives_the_same_entries(string extension)
    {
        var read = Read(extension, bundled.Text("bibliography" + extension)).ToDictionary(e => e.Key);

        foreach (var citation in bundled.Citations)
        {
            var expected = InterchangeEntry.Of(citation);
            // RIS has no tag for an archived copy.
            expected = extension == ".ris" ? expected with { ArchiveUrl = null } : expected;
            Assert.True(expected.SameSourceAs(read[citation.Id]), citation.Id);
        }
    }

    [Fact]
    public void Cyrillic_titles_survive_in_every_export_with_their_language()
    {
        var russian = bundled.Citations.Single(c => c.Language == "ru");
        foreach (var extension in new[] { ".bib", ".ris", ".json" })
        {
            var entry = Read(extension, bundled.Text("bibliography" + extension)).Single(e => e.Key == russian.Id);
            Assert.Equal(russian.Title, entry.Title);
            Assert.Equal("ru", entry.Language);
            Assert.Contains(russian.Title, bundled.Text("bibliography" + extension), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CSL_JSON_export_is_valid_against_the_CSL_JSON_schema()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath()));
        var evaluation = schema.Evaluate(JsonDocument.Parse(bundled.Text("bibliography.json")).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(evaluation.IsValid, string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Fact]
    public void The_schema_refuses_what_CSL_JSON_forbids()
    {
        // The check above can fail: an item with an unknown type, an unknown property or a bad date is refused.
        var schema = JsonSchema.FromText(File.ReadAllText(SchemaPath()));
        string[] invalid =
        [
            """[{"id": "a", "type": "news"}]""",
            """[{"id": "a", "type": "webpage", "title_en": "x"}]""",
            """[{"type": "webpage"}]""",
            """[{"id": "a", "type": "webpage", "issued": {"date-parts": [[2022, 1, 2, 3]]}}]""",
            """[{"id": "a", "type": "webpage", "author": [{"name": "x"}]}]""",
        ];
        Assert.All(invalid, json => Assert.False(schema.Evaluate(JsonDocument.Parse(json).RootElement).IsValid, json));
    }

    [Fact]
    public void Each_source_has_its_own_entry_in_the_three_formats_beside_its_page()
    {
        foreach (var citation in bundled.Citations)
        {
            foreach (var extension in new[] { ".bib", ".ris", ".json" })
            {
                var entry = Assert.Single(Read(extension, bundled.Text(BibliographyDownloads.PathOf(citation, extension))));
                Assert.Equal(citation.Id, entry.Key);
            }
        }
    }

    [Fact]
    public void Source_and_bibliography_pages_link_to_their_downloads_and_name_them_in_the_head()
    {
        var bibliography = bundled.Site.ReadPage("bibliography");
        Assert.Contains("<link rel=\"alternate\" type=\"application/x-bibtex\" title=\"The bibliography as BibTeX\" href=\"../bibliography.bib\">", bibliography, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../bibliography.ris\" type=\"application/x-research-info-systems\" download>RIS</a>", bibliography, StringComparison.Ordinal);

        var source = bundled.Site.ReadPage("sources/jica-tajikistan-office");
        Assert.Contains("<link rel=\"alternate\" type=\"application/vnd.citationstyles.csl&#x2B;json\" title=\"This source as CSL-JSON\" href=\"jica-tajikistan-office.json\">", source, StringComparison.Ordinal);
        Assert.Contains("<a href=\"jica-tajikistan-office.bib\" type=\"application/x-bibtex\" download>BibTeX</a>", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bibliography_carries_one_COinS_span_per_source_for_reference_managers()
    {
        // Given the bibliography page, read as Zotero reads it: every empty span of class Z3988
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(bundled.Site.ReadPage("bibliography"));
        var spans = document.QuerySelectorAll("span.Z3988");

        // Then each source has one, an OpenURL ContextObject naming the source's title and address
        Assert.Equal(10, spans.Length);
        var byUrl = spans.Select(span => span.GetAttribute("title")!.Split('&')
                .Select(pair => pair.Split('=', 2))
                .ToLookup(kv => kv[0], kv => Uri.UnescapeDataString(kv[1])))
            .ToDictionary(kev => kev["rft_id"].Single());
        foreach (var citation in bundled.Citations)
        {
            var kev = byUrl[citation.Url];
            Assert.Equal("Z39.88-2004", kev["ctx_ver"].Single());
            Assert.Contains(citation.Title, kev["rft.atitle"].Concat(kev["rft.btitle"]).Concat(kev["rft.title"]));
            Assert.All(spans, span => Assert.Equal("", span.TextContent));
        }
    }

    private static IReadOnlyList<InterchangeEntry> Read(string extension, string text)
    {
        var sink = new DiagnosticBag();
        IReadOnlyList<InterchangeEntry> entries = extension switch
        {
            ".bib" => BibTeXReader.Read("x.bib", text, sink),
            ".ris" => RisReader.Read("x.ris", text, sink),
            _ => CslJsonReader.Read("x.json", text, sink),
        };
        Assert.Empty(sink.Sorted());
        return entries;
    }

    private static string SchemaPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Schemas", "csl-data.schema.json");

    /// <summary>The bundled dossier, built once for the class.</summary>
    public sealed class Bundled : IDisposable
    {
        public Bundled()
        {
            Site = FixtureSite.Bundled();
            var result = Site.Build();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var sink = new DiagnosticBag();
            Citations = Directory.GetFiles(Path.Combine(Site.Root, "content", "citations"), "*.md")
                .Select(path => Dossier.Reading.DocumentParser.Parse(
                    new Dossier.Reading.ContentFile(Dossier.Collections.BuiltInCollections.Citations,
                        new Dossier.Reading.SourceFile("content/citations/" + Path.GetFileName(path), File.ReadAllText(path))), sink))
                .OfType<Citation>()
                .ToList();
        }

        public FixtureSite Site { get; }

        public IReadOnlyList<Citation> Citations { get; }

        public string Text(string sitePath) => Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Site.Output, sitePath)));

        public void Dispose() => Site.Dispose();
    }
}
