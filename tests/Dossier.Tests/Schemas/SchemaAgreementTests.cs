using Dossier.Collections;
using System.Text.Json;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Diagnostics;
using Dossier.Reading;
using Json.Schema;

namespace Dossier.Tests.Schemas;

/// <summary>
/// The JSON Schemas editors get and the validator the build runs must agree: each front matter below is
/// judged by both, and both must reach the verdict the case states.
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Citation = "title: A title\ntype: news\npublisher: Avesta\nurl: https://example.org/a\naccessed: 2024-12-31\n";
    private const string Country = "title: Kazakhstan\niso3: KAZ\n";
    private const string Agreement = "title: A plan\nkind: action-plan\nparties: [kazakhstan]\n";
    private const string Article = "title: An article\ndate: 2024-12-31\n";

    public static TheoryData<string, string, bool> Cases() => new()
    {
        { "citation", Citation, true },
        { "citation", Citation + "language: ru\ntitle_en: Translated\npublished: 2023\nauthors: [A, B]\narchive_url: https://archive.example/x\nquote: Said so.\n", true },
        { "citation", Citation + "published: 2022-12\n", true },
        { "citation", Citation + "url_status: usurped\nchecked: 2024-12-30\narchive_url: https://web.archive.org/web/20220101/https://example.org/a\n", true },
        { "citation", Citation + "url_status: gone\n", false },
        { "citation", Citation + "checked: 30.12.2024\n", false },
        { "citation", Citation + "published: 2022-12-21\n", true },
        { "citation", Citation.Replace("accessed: 2024-12-31", "accessed: 12.31.2024"), false },
        { "citation", Citation.Replace("accessed: 2024-12-31", "accessed: 2023-02-29"), false },
        { "citation", Citation.Replace("accessed: 2024-12-31", "acessed: 2024-12-31"), false },
        { "citation", Citation.Replace("type: news", "type: blog"), false },
        { "citation", Citation.Replace("url: https://example.org/a", "url: ftp://example.org/a"), false },
        { "citation", Citation.Replace("url: https://example.org/a", "url: example.org/a"), false },
        { "citation", Citation.Replace("publisher: Avesta\n", ""), false },
        { "citation", Citation + "published: 2022-13\n", false },
        { "citation", Citation + "language: russian!\n", false },
        { "citation", Citation + "authors: Jane Doe\n", false },
        { "citation", Citation.Replace("title: A title", "title: [A, B]"), false },
        { "country", Country, true },
        { "country", Country + "capital: Astana\nregion: Central Asia\naliases: [Astana, Kazakh]\nsilence: [DOS104]\n", true },
        { "country", Country.Replace("iso3: KAZ\n", ""), false },
        { "country", Country + "capitol: Astana\n", false },
        { "country", Country + "aliases: Astana\n", false },
        { "agreement", Agreement, true },
        { "agreement", Agreement + "signed: 1997\nperiod: {start: 2023, end: 2025}\nstatus: in-force\ncitations: [a-source]\n", true },
        { "agreement", Agreement.Replace("parties: [kazakhstan]", "parties: []"), false },
        { "agreement", Agreement.Replace("kind: action-plan", "kind: action_plan"), false },
        { "agreement", Agreement + "status: active\n", false },
        { "agreement", Agreement + "period: {start: 2023, finish: 2025}\n", false },
        { "agreement", Agreement + "period: 2023-2025\n", false },
        { "agreement", Agreement + "signed: 2022-12-32\n", false },
        { "article", Article, true },
        { "article", Article + "summary: One line.\nupdated: 2025-01-02\nauthors: [A]\ncountries: [kazakhstan]\nagreements: [a-plan]\ntags: [x, y]\ndraft: true\n", true },
        { "article", Article.Replace("date: 2024-12-31", "date: 2024-12"), false },
        { "article", Article + "draft: yes\n", false },
        { "article", Article + "countries: kazakhstan\n", false },
        { "article", Article.Replace("title: An article\n", ""), false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Schema_and_validator_reach_the_same_verdict(string collection, string frontMatter, bool valid)
    {
        // Given one front matter
        var kind = BuiltInCollections.All.Single(c => c.Singular == collection);

        // When the build's validator and the generated JSON Schema each judge it
        var diagnostics = new DiagnosticBag();
        var file = new ContentFile(kind, new SourceFile($"content/x/{collection}-case.md", $"---\n{frontMatter}---\nBody.\n"));
        Assert.NotNull(DocumentParser.Parse(file, diagnostics));
        var schema = JsonSchema.FromText(JsonSchemaWriter.Write(kind.Schema));
        var json = JsonSerializer.SerializeToElement(YamlAsJson.Convert(frontMatter));
        var evaluation = schema.Evaluate(json, new EvaluationOptions { RequireFormatValidation = true });

        // Then both say what the case says
        Assert.Equal(valid, !diagnostics.HasErrors);
        Assert.Equal(valid, evaluation.IsValid);
    }

    [Fact]
    public void The_committed_schemas_are_the_ones_the_validator_generates()
    {
        // The bundled dossier's own collections have committed schemas too.
        var settings = SiteSettingsReader.Read(new SourceFile("dossier.yml", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "dossier.yml"))), new DiagnosticBag());
        foreach (var (file, schema) in SchemaFiles.Of(settings.Collections))
        {
            var committed = Path.Combine(RepositoryRoot.Path, "schemas", file);
            Assert.True(File.Exists(committed), $"{file} is missing; run `dossier schemas`");
            Assert.Equal(JsonSchemaWriter.Write(schema), File.ReadAllText(committed));
        }
    }
}
