using System.Text.Json;
using Dossier.Tests.Fixtures;
using Dossier.Tests.Schemas;
using Json.Schema;

namespace Dossier.Tests.Collections;

/// <summary><c>dossier new</c> and <c>dossier schemas</c> for the collections a dossier declares, through the real command.</summary>
public sealed class DeclaredCommandTests
{
    [Fact]
    public void A_new_event_has_its_required_fields_and_its_optional_ones_as_comments_and_passes_check()
    {
        // Given the declared fixture
        using var site = FixtureSite.Named("declared");

        // When an editor starts an event, naming its place among the optional fields' owners
        var created = CliProcess.Run(null, "new", "event", "astana-forum-2025", "--source", site.Root, "--title", "Astana Forum");
        var check = CliProcess.Run(null, "check", "--source", site.Root);

        // Then the date (required) is today, every optional field is a comment, and the file passes check
        Assert.Equal(0, created.ExitCode);
        var path = Path.Combine(site.Root, "content", "events", "astana-forum-2025.md");
        var lines = File.ReadAllLines(path);
        Assert.Equal("title: \"Astana Forum\"", lines[1]);
        Assert.StartsWith("date: 20", lines[2], StringComparison.Ordinal);
        foreach (var optional in new[] { "summary", "place", "participants", "kind", "website", "citations" })
        {
            Assert.Contains(lines, l => l.StartsWith($"# {optional}:", StringComparison.Ordinal));
        }

        Assert.Contains("# one of: summit, visit, forum", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain(": error:", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_reference_is_given_with_set_and_checked_before_anything_is_written()
    {
        using var site = FixtureSite.Named("declared");

        var refused = CliProcess.Run(null, "new", "person", "timur-ospanov", "--source", site.Root);
        var wrong = CliProcess.Run(null, "new", "people", "timur-ospanov", "--source", site.Root, "--set", "country=kazakstan");
        var created = CliProcess.Run(null, "new", "person", "timur-ospanov", "--source", site.Root, "--set", "country=kazakhstan");
        var check = CliProcess.Run(null, "check", "--source", site.Root);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("error: `country` is required: add --set country=<id>", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("error: there is no country `kazakstan`; did you mean `kazakhstan`?", wrong.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("country: kazakhstan", File.ReadAllText(Path.Combine(site.Root, "content", "people", "timur-ospanov.md")), StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void Options_of_other_collections_and_unknown_fields_are_refused()
    {
        using var site = FixtureSite.Named("declared");

        var misplaced = CliProcess.Run(null, "new", "event", "x-forum", "--source", site.Root, "--iso3", "KAZ");
        var unknown = CliProcess.Run(null, "new", "event", "x-forum", "--source", site.Root, "--set", "venue=astana");
        var notACollection = CliProcess.Run(null, "new", "evnt", "x-forum", "--source", site.Root);

        Assert.Contains("error: --iso3 is for countries only, not for a new event", misplaced.Stderr, StringComparison.Ordinal);
        Assert.Contains("error: events have no field `venue`", unknown.Stderr, StringComparison.Ordinal);
        Assert.Contains("did you mean `event`?", notACollection.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "events", "x-forum.md")));
    }

    [Fact]
    public void Schemas_are_written_for_declared_collections_and_judge_as_the_validator_does()
    {
        // Given the declared fixture
        using var site = FixtureSite.Named("declared");
        var output = Path.Combine(site.Root, "schemas");

        // When its schemas are written
        var written = CliProcess.Run(null, "schemas", "--source", site.Root);

        // Then each declared collection has one, and it accepts the fixture's event and refuses a wrong enum value
        Assert.Equal(0, written.ExitCode);
        foreach (var name in new[] { "events", "people", "organisations", "article", "dossier" })
        {
            Assert.True(File.Exists(Path.Combine(output, $"{name}.schema.json")), name);
        }

        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(output, "events.schema.json")));
        var valid = "title: Steppe Summit 2024\ndate: 2024-08\nplace: kazakhstan\nparticipants: [japan, kazakhstan]\nkind: summit\nwebsite: https://example.org/summit-2024\n";
        Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(valid))).IsValid);
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(valid.Replace("kind: summit", "kind: sumit", StringComparison.Ordinal)))).IsValid);
        Assert.False(schema.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(valid.Replace("date: 2024-08\n", "", StringComparison.Ordinal)))).IsValid);

        var settings = JsonSchema.FromText(File.ReadAllText(Path.Combine(output, "dossier.schema.json")));
        var yml = File.ReadAllText(Path.Combine(site.Root, "dossier.yml"));
        Assert.True(settings.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(yml))).IsValid);
        Assert.False(settings.Evaluate(JsonSerializer.SerializeToElement(YamlAsJson.Convert(yml.Replace("type: refs", "type: list", StringComparison.Ordinal)))).IsValid);
    }
}
