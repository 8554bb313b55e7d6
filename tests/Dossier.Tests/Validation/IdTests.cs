using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>A document's id is its file name: well-formed, and unique across all collections.</summary>
public sealed class IdTests
{
    private const string Country = """
        ---
        title: Korea
        iso3: KOR
        ---

        """;

    [Theory]
    [InlineData("South_Korea")]
    [InlineData("south_korea")]
    [InlineData("Korea")]
    [InlineData("2024-korea")]
    [InlineData("korea-republic-of-korea-korea-republic-of-korea-korea-republic-of-korea-south-kor")]
    public void A_file_name_that_is_not_a_valid_id_is_reported(string id)
    {
        // Given a country whose file name has a capital, an underscore, a leading digit or 81 characters
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write($"content/countries/{id}.md", Country);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the file is named with the rule for ids
        Assert.Equal(
            [
                $"content/countries/{id}.md:1:1: error: `{id}` is not a valid id [DOS009]",
                "  hint: rename the file: lowercase letters a-z, digits and '-', starting with a letter, at most 80 characters",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_id_of_80_characters_is_valid()
    {
        // Given a country whose file name is exactly 80 characters
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write($"content/countries/{new string('k', 80)}.md", Country);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void The_same_id_in_two_collections_is_reported_at_the_later_file()
    {
        // Given an article and a country both called `japan`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/japan.md", """
            ---
            title: Japan's Central Asia policy
            date: 2024-12-31
            ---

            """);
        dossier.Write("content/countries/japan.md", """
            ---
            title: Japan
            iso3: JPN
            ---

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the country (read after the articles) is reported, naming the article
        Assert.Equal(
            [
                "content/countries/japan.md:1:1: error: the id `japan` is already used by content/articles/japan.md [DOS010]",
                "  hint: ids are unique across all collections (ignoring case); rename one of the files",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_duplicates()
    {
        // Given an article `japan` and a country `Japan`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/japan.md", """
            ---
            title: Japan's Central Asia policy
            date: 2024-12-31
            ---

            """);
        dossier.Write("content/countries/Japan.md", """
            ---
            title: Japan
            iso3: JPN
            ---

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the country's name is both invalid and a duplicate
        Assert.Equal(
            [
                "content/countries/Japan.md:1:1: error: `Japan` is not a valid id [DOS009]",
                "  hint: rename the file: lowercase letters a-z, digits and '-', starting with a letter, at most 80 characters",
                "content/countries/Japan.md:1:1: error: the id `Japan` is already used by content/articles/japan.md [DOS010]",
                "  hint: ids are unique across all collections (ignoring case); rename one of the files",
            ],
            diagnostics.Lines());
    }
}
