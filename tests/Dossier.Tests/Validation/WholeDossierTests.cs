using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>Checks of whole dossiers: the valid ones stay clean, and a broken one reports every problem at once.</summary>
public sealed class WholeDossierTests
{
    [Fact]
    public void The_minimal_valid_dossier_has_no_diagnostics()
    {
        // Given the fixture every validation test starts from
        using var dossier = new TempDossier().MinimalValid();

        // When it is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported, so each test's diagnostics come from the one thing it breaks
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void The_bundled_dossier_has_no_errors_and_only_the_repeated_paragraph_warning()
    {
        // Given a copy of the repository's own dossier (whose source repeats two sentences, kept faithfully)
        using var dossier = new TempDossier().BundledDossier();

        // When it is checked with the lints
        var diagnostics = dossier.Check(includeLints: true);

        // Then the only finding is that repetition
        var warning = Assert.Single(diagnostics);
        Assert.Equal("DOS103", warning.Code.Id);
        Assert.Equal("content/articles/japan-central-asia-relations.md:34:1", warning.Span.ToString());
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run_sorted_by_path_then_line()
    {
        // Given problems in five files, two of them in the article, and one file whose YAML does not parse
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", """
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 12.31.2024
            ---

            """);
        dossier.Write("content/countries/kazakhstan.md", """
            ---
            title: Kazakhstan
            iso3: kaz
            ---

            """);
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: 2024-12
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with [[narnia]].[@src]

            """);
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: memorandom
            parties: [kazakhstan]
            ---

            """);
        dossier.Write("content/countries/japan.md", """
            ---
            title: Japan: the land of the rising sun
            ---

            """);

        // When the dossier is checked once
        var diagnostics = dossier.Check();

        // Then all of them are reported, ordered by path and then by line
        Assert.Equal(
            [
                "content/agreements/action-plan.md:3:7: error: `kind` cannot be `memorandom` [DOS011]",
                "content/articles/analysis.md:3:7: error: `date` is not a date: `2024-12` [DOS007]",
                "content/articles/analysis.md:6:59: error: [[narnia]] links to nothing: there is no article, country or agreement `narnia` [DOS013]",
                "content/citations/src.md:6:11: error: `accessed` is not a date: `12.31.2024` [DOS007]",
                "content/countries/japan.md:2:13: error: front matter is not valid YAML: While scanning a plain scalar value, found invalid mapping [DOS003]",
                "content/countries/kazakhstan.md:3:7: error: `iso3` must be three capital letters (ISO 3166-1 alpha-3), not `kaz` [DOS011]",
            ],
            diagnostics.Select(d => d.ToString()));
    }
}
