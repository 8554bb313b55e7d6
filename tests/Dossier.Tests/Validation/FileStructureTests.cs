using System.Text;
using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>The shape of a file around its front matter, its encoding and line endings, and <c>dossier.yml</c> itself.</summary>
public sealed class FileStructureTests
{
    [Fact]
    public void A_file_without_front_matter_is_reported_at_its_first_line()
    {
        // Given a country page that starts straight with Markdown
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/japan.md", """
            # Japan

            Japan is an island country in East Asia.

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the first line is pointed at with how a file starts
        Assert.Equal(
            [
                "content/countries/japan.md:1:1: error: the file does not start with a front-matter block [DOS002]",
                "  hint: start the file with a line `---`, the YAML keys, then another `---` line",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_front_matter_block_that_is_never_closed_is_reported()
    {
        // Given a country page whose front matter has no closing `---`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/japan.md", """
            ---
            title: Japan
            iso3: JPN

            Japan is an island country in East Asia.

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the opening line is pointed at
        Assert.Equal(
            [
                "content/countries/japan.md:1:1: error: the front-matter block is never closed [DOS002]",
                "  hint: add a line `---` after the last front-matter key",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_where_it_is()
    {
        // Given a country whose title has an unquoted `: `
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/japan.md", """
            ---
            iso3: JPN
            title: Japan: the land of the rising sun
            ---

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the second colon on line 3 is pointed at
        Assert.Equal(
            [
                "content/countries/japan.md:3:13: error: front matter is not valid YAML: While scanning a plain scalar value, found invalid mapping [DOS003]",
                "  hint: check indentation (spaces, not tabs), colons after keys, and quote values that contain `: ` or start with `[`, `{`, `*`, `&` or `!`",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_reported()
    {
        // Given a country whose front matter is a list
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/japan.md", """
            ---
            - title
            - Japan
            ---

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the list is pointed at
        Assert.Equal(["content/countries/japan.md:2:1: error: front matter must be a set of `key: value` lines [DOS003]"], diagnostics.Lines());
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_keep_line_numbers_right()
    {
        // Given a country saved by a Windows editor: a UTF-8 BOM and CRLF line endings, with a bad code on line 3
        // and an unknown link on line 7
        using var dossier = new TempDossier().MinimalValid();
        var text = """
            ---
            title: Japan
            iso3: jpn
            ---

            Japan is a partner of [[kazakhstan]].
            It also works with [[narnia]].[@src]

            """.ReplaceLineEndings("\r\n");
        dossier.WriteBytes("content/countries/japan.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then both are pointed at as an editor counts lines and columns
        Assert.Equal(
            [
                "content/countries/japan.md:3:7: error: `iso3` must be three capital letters (ISO 3166-1 alpha-3), not `jpn` [DOS011]",
                "  hint: e.g. `KAZ` for Kazakhstan",
                "content/countries/japan.md:7:20: error: [[narnia]] links to nothing: there is no article, country or agreement `narnia` [DOS013]",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_missing_dossier_yml_is_reported()
    {
        // Given a dossier without settings
        using var dossier = new TempDossier().MinimalValid();
        dossier.Delete("dossier.yml");

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the missing file is named
        Assert.Equal(
            [
                "dossier.yml: error: there is no dossier.yml in the source folder [DOS021]",
                "  hint: create dossier.yml with at least `title:` and `base_url:`",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_bad_dossier_yml_is_checked_like_front_matter()
    {
        // Given settings with a misspelt key and a relative base_url
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("dossier.yml", """
            title: Test dossier
            base_url: /dossier/
            langauge: en

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then both are pointed at in dossier.yml
        Assert.Equal(
            [
                "dossier.yml:2:11: error: `base_url` must be an absolute http or https URL, not `/dossier/` [DOS008]",
                "  hint: copy the address from the browser's address bar, starting with https://",
                "dossier.yml:3:1: error: unknown front-matter key `langauge` [DOS004]",
                "  hint: did you mean `language`?",
            ],
            diagnostics.Lines());
    }
}
