using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>Which keys a front matter may, must and must not have, and the shape of each value.</summary>
public sealed class FrontMatterKeyTests
{
    [Fact]
    public void A_misspelt_key_is_unknown_with_a_did_you_mean_hint_and_not_reported_again_as_missing()
    {
        // Given a citation whose `accessed` is misspelt `acessed`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", """
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            acessed: 2024-12-31
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the typo is pointed at with the key it resembles, once: the missing `accessed` is the same mistake
        Assert.Equal(
            [
                "content/citations/src.md:6:1: error: unknown front-matter key `acessed` [DOS004]",
                "  hint: did you mean `accessed`?",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_key_that_resembles_nothing_lists_the_allowed_keys()
    {
        // Given a country with a key the format does not have
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/kazakhstan.md", """
            ---
            title: Kazakhstan
            iso3: KAZ
            capital: Astana
            population: 20000000
            ---

            Kazakhstan is a party to the [[action-plan]].[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the key is reported with the keys a country may have
        Assert.Equal(
            [
                "content/countries/kazakhstan.md:5:1: error: unknown front-matter key `population` [DOS004]",
                "  hint: the keys allowed here are: title, iso3, capital, region, aliases, silence",
            ],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("content/articles/analysis.md", "title")]
    [InlineData("content/articles/analysis.md", "date")]
    [InlineData("content/countries/kazakhstan.md", "title")]
    [InlineData("content/countries/kazakhstan.md", "iso3")]
    [InlineData("content/agreements/action-plan.md", "title")]
    [InlineData("content/agreements/action-plan.md", "kind")]
    [InlineData("content/agreements/action-plan.md", "parties")]
    [InlineData("content/citations/src.md", "title")]
    [InlineData("content/citations/src.md", "type")]
    [InlineData("content/citations/src.md", "publisher")]
    [InlineData("content/citations/src.md", "url")]
    [InlineData("content/citations/src.md", "accessed")]
    public void A_missing_required_key_is_reported_at_the_start_of_the_front_matter(string path, string key)
    {
        // Given a valid dossier where one document lacks one required key
        using var dossier = new TempDossier().MinimalValid();
        var valid = File.ReadAllText(Path.Combine(dossier.Root, path));
        var without = string.Join('\n', valid.Split('\n').Where(line => !line.StartsWith(key + ":", StringComparison.Ordinal)));
        Assert.NotEqual(valid, without);
        dossier.Write(path, without);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then exactly that key is reported, at the opening `---` (there is no line to point at)
        Assert.Equal(
            [
                $"{path}:1:1: error: `{key}` is required [DOS005]",
                $"  hint: add a line `{key}: …` to the front matter",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_required_key_with_no_value_is_reported_at_the_key()
    {
        // Given a country whose `title:` is left empty
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/kazakhstan.md", """
            ---
            title:
            iso3: KAZ
            ---

            Kazakhstan is a party to the [[action-plan]].[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the empty key itself is pointed at
        Assert.Equal(
            [
                "content/countries/kazakhstan.md:2:1: error: `title` is required [DOS005]",
                "  hint: add a line `title: …` to the front matter",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_empty_parties_list_is_reported()
    {
        // Given an agreement with no parties
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: []
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the empty list is pointed at
        Assert.Equal(["content/agreements/action-plan.md:4:10: error: `parties` needs at least one id [DOS005]"], diagnostics.Lines());
    }

    [Fact]
    public void A_list_where_a_single_value_belongs_is_the_wrong_type()
    {
        // Given a country whose title is a list
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/kazakhstan.md", """
            ---
            title: [Kazakhstan, Qazaqstan]
            iso3: KAZ
            ---

            Kazakhstan is a party to the [[action-plan]].[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the list is pointed at
        Assert.Equal(
            ["content/countries/kazakhstan.md:2:8: error: `title` must be a single text value, not a list or a mapping [DOS006]"],
            diagnostics.Lines());
    }

    [Fact]
    public void A_list_where_a_date_belongs_is_the_wrong_type()
    {
        // Given an article whose date is written as a list
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: [2024-12-31]
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is reported as the wrong shape, not as a bad date
        Assert.Equal(
            ["content/articles/analysis.md:3:7: error: `date` must be a single value, not a list or a mapping [DOS006]"],
            diagnostics.Lines());
    }

    [Fact]
    public void A_single_value_where_a_list_of_strings_belongs_is_the_wrong_type()
    {
        // Given a citation whose authors are one string
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", """
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            authors: Aida Nurmaganbetova
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at with the two ways to write a list
        Assert.Equal(
            [
                "content/citations/src.md:7:10: error: `authors` must be a list [DOS006]",
                "  hint: write it as `authors: [first, second]` or as lines starting with `- `",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_single_id_where_a_list_of_ids_belongs_is_the_wrong_type()
    {
        // Given an agreement whose parties are one id, not a list
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: kazakhstan
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at with how to write it
        Assert.Equal(
            [
                "content/agreements/action-plan.md:4:10: error: `parties` must be a list of ids [DOS006]",
                "  hint: write it as `parties: [first-id, second-id]`",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_period_that_is_not_a_mapping_is_the_wrong_type()
    {
        // Given an agreement whose period is written as a range of years
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            period: 2022-2023
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at with the form it needs
        Assert.Equal(
            ["content/agreements/action-plan.md:5:9: error: `period` must be a mapping like `{start: 2023, end: 2025}` [DOS006]"],
            diagnostics.Lines());
    }

    [Fact]
    public void A_draft_flag_that_is_not_true_or_false_is_the_wrong_type()
    {
        // Given an article with `draft: yes`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: 2024-12-31
            draft: yes
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(["content/articles/analysis.md:4:8: error: `draft` must be `true` or `false`, not `yes` [DOS006]"], diagnostics.Lines());
    }

    [Fact]
    public void A_key_given_twice_is_reported_at_the_second()
    {
        // Given a country with two `title` lines
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/kazakhstan.md", """
            ---
            title: Kazakhstan
            iso3: KAZ
            title: Qazaqstan
            ---

            Kazakhstan is a party to the [[action-plan]].[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the repeated key is pointed at
        Assert.Equal(
            [
                "content/countries/kazakhstan.md:4:1: error: `title` is given twice [DOS020]",
                "  hint: keep one of the two lines",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_key_given_twice_inside_a_period_is_reported_and_the_first_value_kept()
    {
        // Given an agreement whose period names `start` twice, the second time reversed against `end`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            period: {start: 2022, start: 2024, end: 2023}
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then only the repetition is reported: the agreement is still read, with the first `start`
        Assert.Equal(
            [
                "content/agreements/action-plan.md:5:23: error: `start` is given twice [DOS020]",
                "  hint: keep one of the two lines",
            ],
            diagnostics.Lines());
    }
}
