using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>Values from a fixed list (kind, status, type), language tags and ISO 3166 codes.</summary>
public sealed class ValueTests
{
    private const string AllKinds = "treaty, memorandum, roadmap, action-plan, programme, dialogue, commission, policy, statement";

    [Theory]
    [InlineData("memorandom", "did you mean `memorandum`?")]
    [InlineData("action_plan", "did you mean `action-plan`?")]
    [InlineData("Treaty", "did you mean `treaty`?")]
    [InlineData("memorandum-of-understanding", "use one of: " + AllKinds)]
    public void An_agreement_kind_outside_the_list_is_reported(string kind, string hint)
    {
        // Given an agreement of a kind the format does not have
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", $"""
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: {kind}
            parties: [kazakhstan]
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at with the nearest kind, or all of them
        Assert.Equal(
            [
                $"content/agreements/action-plan.md:3:7: error: `kind` cannot be `{kind}` [DOS011]",
                $"  hint: {hint}",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_agreement_status_outside_the_list_is_reported()
    {
        // Given an agreement whose status is written with a space
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            status: in force
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at with the status it resembles
        Assert.Equal(
            [
                "content/agreements/action-plan.md:5:9: error: `status` cannot be `in force` [DOS011]",
                "  hint: did you mean `in-force`?",
            ],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("goverment", "did you mean `government`?")]
    [InlineData("newspaper", "use one of: news, web, government, report, book, journal, pdf")]
    public void A_citation_type_outside_the_list_is_reported(string type, string hint)
    {
        // Given a citation of a type the format does not have
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", $"""
            ---
            title: Kazakh President visits Japan
            type: {type}
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [
                $"content/citations/src.md:3:7: error: `type` cannot be `{type}` [DOS011]",
                $"  hint: {hint}",
            ],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("russian")]
    [InlineData("en_GB")]
    [InlineData("r")]
    public void A_language_that_is_not_a_bcp47_tag_is_reported(string language)
    {
        // Given a citation whose language is not a BCP 47 tag
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", $"""
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            language: {language}
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [$"content/citations/src.md:7:11: error: `language` must be a BCP 47 language tag such as `ru` or `en`, not `{language}` [DOS019]"],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("en-GB")]
    [InlineData("zh-Hant")]
    public void A_bcp47_language_tag_is_accepted(string language)
    {
        // Given a citation in a language named by a BCP 47 tag
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", $"""
            ---
            title: Kazakh President visits Japan
            type: news
            publisher: The Astana Times
            url: https://astanatimes.com/2022/04/kazakh-president-japan/
            accessed: 2024-12-31
            language: {language}
            ---

            A news report on the [[action-plan]].

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Theory]
    [InlineData("kaz")]
    [InlineData("KZ")]
    [InlineData("KAZA")]
    public void An_iso3_code_that_is_not_three_capital_letters_is_reported(string iso3)
    {
        // Given a country with a malformed ISO code
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/kazakhstan.md", $"""
            ---
            title: Kazakhstan
            iso3: {iso3}
            ---

            Kazakhstan is a party to the [[action-plan]].[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [
                $"content/countries/kazakhstan.md:3:7: error: `iso3` must be three capital letters (ISO 3166-1 alpha-3), not `{iso3}` [DOS011]",
                "  hint: e.g. `KAZ` for Kazakhstan",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_iso3_code_used_by_two_countries_is_reported_at_the_second()
    {
        // Given a second country with Kazakhstan's code
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/countries/qazaqstan.md", """
            ---
            title: Qazaqstan
            iso3: KAZ
            ---

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the later file's code is pointed at, naming the first file
        Assert.Equal(
            ["content/countries/qazaqstan.md:3:7: error: the ISO code `KAZ` is already used by content/countries/kazakhstan.md [DOS018]"],
            diagnostics.Lines());
    }
}
