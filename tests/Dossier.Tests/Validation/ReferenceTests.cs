using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>Every id the content names, in <c>[@…]</c>, <c>[[…]]</c> or front matter, must name a document of the right kind.</summary>
public sealed class ReferenceTests
{
    /// <summary>content/articles/analysis.md with a valid first body line (line 8) followed by <paramref name="more"/> from line 9.</summary>
    private static string Article(string more) => $"""
        ---
        title: Kazakhstan and Japan
        date: 2024-12-31
        countries: [kazakhstan]
        agreements: [action-plan]
        ---

        [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]
        {more}

        """;

    [Fact]
    public void An_unknown_cite_key_is_reported_at_its_at_sign()
    {
        // Given an article citing a misspelt source
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article("Japan reported it too.[@scr]"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the `@` is pointed at with the source it resembles
        Assert.Equal(
            [
                "content/articles/analysis.md:9:24: error: no citation `scr` [DOS012]",
                "  hint: did you mean `src`?",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_second_cite_key_is_reported_at_its_own_at_sign()
    {
        // Given a note citing a known source and then an unknown one with a locator
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article("Both sides confirmed it.[@src; @nope, p. 4]"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the second key's `@` is pointed at
        Assert.Equal(["content/articles/analysis.md:9:32: error: no citation `nope` [DOS012]"], diagnostics.Lines());
    }

    [Theory]
    [InlineData("kazakhstan", "a country")]
    [InlineData("action-plan", "an agreement")]
    [InlineData("analysis", "an article")]
    public void Citing_a_document_that_is_not_a_citation_is_reported_with_a_hint_to_link_it(string id, string what)
    {
        // Given an article that cites a country, an agreement or an article as if it were a source
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article($"See [@{id}]."));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the `@` is pointed at with the link syntax
        Assert.Equal(
            [
                $"content/articles/analysis.md:9:6: error: `{id}` is {what}, not a citation [DOS012]",
                $"  hint: link to it with [[{id}]] instead",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_wiki_link_is_reported_at_its_brackets()
    {
        // Given an article linking a misspelt country
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article("See [[kazakstan]]."));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the `[[` is pointed at with the id it resembles
        Assert.Equal(
            [
                "content/articles/analysis.md:9:5: error: [[kazakstan]] links to nothing: there is no article, country or agreement `kazakstan` [DOS013]",
                "  hint: did you mean `kazakhstan`?",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_wiki_link_to_a_citation_is_reported_with_a_hint_to_cite_it()
    {
        // Given an article linking a source instead of citing it
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article("As [[src|The Astana Times]] reported."));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the `[[` is pointed at with the cite syntax
        Assert.Equal(
            [
                "content/articles/analysis.md:9:4: error: [[src]] links to a citation [DOS013]",
                "  hint: cite a source with [@src]",
            ],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("- Japan reported it.[@nope]", 9, 22)]
    [InlineData("> Japan reported it.[@nope]", 9, 22)]
    [InlineData("## Japan reported it [@nope]", 9, 23)]
    [InlineData("Japan reported\n   it.[@nope]", 10, 8)]
    [InlineData("1. First\n   - Japan said so.[@nope]", 10, 21)]
    [InlineData("\n| Country | Source |\n|---|---|\n| Japan | [@nope] |", 12, 12)]
    [InlineData("*Japan* **reported** it.[@nope]", 9, 26)]
    public void An_unknown_cite_key_is_pointed_at_inside_any_block(string markdown, int line, int column)
    {
        // Given an unknown cite inside a list, quote, heading, continuation line, nested list, table or emphasis
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article(markdown));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then its `@` is pointed at where the editor wrote it
        Assert.Equal([$"content/articles/analysis.md:{line}:{column}: error: no citation `nope` [DOS012]"], diagnostics.Lines());
    }

    [Theory]
    [InlineData("- See [[narnia]].", 9, 7)]
    [InlineData("> See [[narnia]].", 9, 7)]
    [InlineData("Japan reported\n   it, see [[narnia]].", 10, 12)]
    [InlineData("\n| Country | Source |\n|---|---|\n| [[narnia]] | x |", 12, 3)]
    public void An_unknown_wiki_link_is_pointed_at_inside_any_block(string markdown, int line, int column)
    {
        // Given an unknown wiki link inside a list, quote, continuation line or table
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article(markdown));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then its `[[` is pointed at where the editor wrote it
        Assert.Equal(
            [$"content/articles/analysis.md:{line}:{column}: error: [[narnia]] links to nothing: there is no article, country or agreement `narnia` [DOS013]"],
            diagnostics.Lines());
    }

    [Fact]
    public void Cites_and_wiki_links_in_code_are_not_checked()
    {
        // Given an article that shows the syntax in code
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", Article("Write `[@id]` or `[[id]]`:\n\n```\n[@nope] [[narnia]]\n```"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_party_is_reported_at_its_id()
    {
        // Given an agreement with a party that does not exist
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan, narnia]
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then that item of the list is pointed at
        Assert.Equal(
            ["content/agreements/action-plan.md:4:23: error: `parties` names `narnia`, but there is no country with that id [DOS014]"],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_party_in_a_block_list_is_reported_at_its_line()
    {
        // Given an agreement whose parties are written one per line
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties:
              - kazakhstan
              - kazakstan
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the item is pointed at with the country it resembles
        Assert.Equal(
            [
                "content/agreements/action-plan.md:6:5: error: `parties` names `kazakstan`, but there is no country with that id [DOS014]",
                "  hint: did you mean `kazakhstan`?",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_party_that_is_not_a_country_is_reported()
    {
        // Given an agreement that names a citation as a party
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan, src]
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the item is pointed at with what it really is
        Assert.Equal(
            ["content/agreements/action-plan.md:4:23: error: `parties` names `src`, which is a citation, not a country [DOS014]"],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_country_in_an_article_is_reported()
    {
        // Given an article about a misspelt country
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: 2024-12-31
            countries: [kazakstan]
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the item is pointed at
        Assert.Equal(
            [
                "content/articles/analysis.md:4:13: error: `countries` names `kazakstan`, but there is no country with that id [DOS014]",
                "  hint: did you mean `kazakhstan`?",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_article_agreement_that_is_not_an_agreement_is_reported()
    {
        // Given an article whose agreements list names a country and a citation
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: 2024-12-31
            agreements: [kazakhstan, src]
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then each item is pointed at with what it really is
        Assert.Equal(
            [
                "content/articles/analysis.md:4:14: error: `agreements` names `kazakhstan`, which is a country, not an agreement [DOS014]",
                "content/articles/analysis.md:4:26: error: `agreements` names `src`, which is a citation, not an agreement [DOS014]",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_agreement_citation_is_reported()
    {
        // Given an agreement whose sources include one that does not exist
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            citations: [src, carnegie-2022]
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the item is pointed at
        Assert.Equal(
            ["content/agreements/action-plan.md:5:18: error: `citations` names `carnegie-2022`, but there is no citation with that id [DOS014]"],
            diagnostics.Lines());
    }

    [Fact]
    public void A_link_to_a_draft_article_is_reported_when_drafts_are_not_built()
    {
        // Given an article linking to a draft
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/notes.md", """
            ---
            title: Notes
            date: 2024-12-31
            draft: true
            ---

            """);
        dossier.Write("content/articles/analysis.md", Article("See also [[notes]]."));

        // When the dossier is checked without drafts
        var diagnostics = dossier.Check();

        // Then the link is pointed at with the two ways out
        Assert.Equal(
            [
                "content/articles/analysis.md:9:10: error: [[notes]] links to a draft article, which is not built [DOS013]",
                "  hint: build with --drafts, or remove `draft: true` from the article",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_link_to_a_draft_article_is_fine_when_drafts_are_built()
    {
        // Given an article linking to a draft
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/notes.md", """
            ---
            title: Notes
            date: 2024-12-31
            draft: true
            ---

            """);
        dossier.Write("content/articles/analysis.md", Article("See also [[notes]]."));

        // When the dossier is checked with drafts
        var diagnostics = dossier.Check(includeDrafts: true);

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }
}
