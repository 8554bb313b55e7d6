using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Cli;

/// <summary>The new contributor's path from the editing issue, and the choices editors make about warnings.</summary>
public sealed class EditorScenarioTests
{
    [Fact]
    public void A_copied_citation_with_three_mistakes_gets_three_positioned_diagnostics_with_hints_and_annotations()
    {
        // Given a contributor who copied a citation file and an agreement, and made three mistakes:
        // a misspelt key, a non-ISO date, and an unknown country in `parties`
        using var site = FixtureSite.Bundled();
        var citations = Path.Combine(site.Root, "content", "citations");
        File.WriteAllText(Path.Combine(citations, "mofa-2024-japan-kazakhstan.md"), File.ReadAllText(Path.Combine(citations, "mofa-japan-tajikistan-foreign-ministers.md"))
            .Replace("url: ", "ur1: ", StringComparison.Ordinal)
            .Replace("accessed: 2024-12-31", "accessed: 31/12/2024", StringComparison.Ordinal));
        var agreements = Path.Combine(site.Root, "content", "agreements");
        File.WriteAllText(Path.Combine(agreements, "kazakhstan-japan-roadmap.md"), File.ReadAllText(Path.Combine(agreements, "kazakhstan-japan-action-plan-2022-2023.md"))
            .Replace("parties: [kazakhstan, japan]", "parties: [kazakstan, japan]", StringComparison.Ordinal));

        // When they run dossier check, locally and under GitHub Actions
        var local = CliProcess.Run(null, "check", "--source", site.Root);
        var actions = CliProcess.Run(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check", "--source", site.Root);

        // Then exactly three errors name file, line and column, each with a hint saying what to type
        Assert.Equal(1, local.ExitCode);
        var lines = local.Stderr.Split('\n');
        Assert.Equal(3, lines.Count(l => l.Contains(": error: ", StringComparison.Ordinal)));
        Assert.Contains("content/citations/mofa-2024-japan-kazakhstan.md:5:1: error: unknown front-matter key `ur1` [DOS004]", lines);
        Assert.Contains("  hint: did you mean `url`?", lines);
        Assert.Contains("content/citations/mofa-2024-japan-kazakhstan.md:6:11: error: `accessed` is not a date: `31/12/2024` [DOS007]", lines);
        Assert.Contains("  hint: dates are written 2024-12-31 (ISO 8601); `31/12/2024` looks like day.month.year: write `2024-12-31`", lines);
        Assert.Contains("content/agreements/kazakhstan-japan-roadmap.md:4:11: error: `parties` names `kazakstan`, but there is no country with that id [DOS014]", lines);
        Assert.Contains("  hint: did you mean `kazakhstan`?", lines);
        Assert.Contains(lines, l => l.StartsWith("  6 | accessed: 31/12/2024", StringComparison.Ordinal));

        // And under GitHub Actions the same three are annotations on the diff
        var annotations = actions.Stderr.Split('\n').Where(l => l.StartsWith("::error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.Contains("::error file=content/citations/mofa-2024-japan-kazakhstan.md,line=5,col=1,title=DOS004 unknown-key::unknown front-matter key `ur1` (hint: did you mean `url`?)", annotations);
        Assert.Contains(annotations, a => a.StartsWith("::error file=content/agreements/kazakhstan-japan-roadmap.md,line=4,col=11,title=DOS014 unknown-reference::", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_pass_by_default_fail_with_strict_and_can_be_silenced_per_file_or_everywhere()
    {
        // Given the bundled dossier, whose only finding is the repeated-paragraph warning
        using var site = FixtureSite.Bundled();

        // Then it passes, fails with --strict, and fails with strict: true in dossier.yml
        Assert.Equal(0, CliProcess.Run(null, "check", "--source", site.Root).ExitCode);
        var strict = CliProcess.Run(null, "check", "--source", site.Root, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains(": error: this paragraph repeats 2 sentences", strict.Stderr, StringComparison.Ordinal);
        var settings = Path.Combine(site.Root, "dossier.yml");
        var original = File.ReadAllText(settings);
        File.WriteAllText(settings, original + "strict: true\n");
        Assert.Equal(1, CliProcess.Run(null, "check", "--source", site.Root).ExitCode);

        // When the code is silenced everywhere, strict passes with nothing to say
        File.WriteAllText(settings, original + "strict: true\nsilence: [DOS103]\n");
        var silencedEverywhere = CliProcess.Run(null, "check", "--source", site.Root);
        Assert.Equal(0, silencedEverywhere.ExitCode);
        Assert.DoesNotContain("DOS103", silencedEverywhere.Stderr, StringComparison.Ordinal);

        // And when silenced for the article only
        File.WriteAllText(settings, original + "strict: true\n");
        var article = Path.Combine(site.Root, "content", "articles", "japan-central-asia-relations.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("tags: [", "silence: [DOS103]\ntags: [", StringComparison.Ordinal));
        Assert.Equal(0, CliProcess.Run(null, "check", "--source", site.Root).ExitCode);
    }

    [Fact]
    public void Errors_cannot_be_silenced()
    {
        using var site = FixtureSite.Bundled();
        File.AppendAllText(Path.Combine(site.Root, "dossier.yml"), "silence: [DOS012]\n");
        var article = Path.Combine(site.Root, "content", "articles", "japan-central-asia-relations.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("[@jica-tajikistan-office]", "[@jica-office]", StringComparison.Ordinal));

        var outcome = CliProcess.Run(null, "check", "--source", site.Root);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no citation `jica-office` [DOS012]", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repeated_paragraph_lint_is_quiet_on_distinct_paragraphs()
    {
        using var site = FixtureSite.Named("small");

        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Id == "DOS103");
    }

    [Fact]
    public void Json_format_lists_every_diagnostic_with_code_position_message_and_hint()
    {
        using var site = FixtureSite.Bundled();

        var outcome = CliProcess.Run(null, "check", "--source", site.Root, "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(outcome.Stdout[..(outcome.Stdout.LastIndexOf('}') + 1)]);
        var root = json.RootElement;
        Assert.Equal(0, root.GetProperty("errors").GetInt32());
        Assert.Equal(1, root.GetProperty("warnings").GetInt32());
        var item = root.GetProperty("diagnostics")[0];
        Assert.Equal("DOS103", item.GetProperty("code").GetString());
        Assert.Equal("repeated-paragraph", item.GetProperty("name").GetString());
        Assert.Equal(34, item.GetProperty("line").GetInt32());
        Assert.StartsWith("delete or rephrase", item.GetProperty("hint").GetString(), StringComparison.Ordinal);
    }
}
