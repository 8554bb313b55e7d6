using CsCheck;
using Dossier.Markdown;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Dossier.Tests.Fixtures;
using Markdig.Syntax;

namespace Dossier.Tests.Markdown;

/// <summary>What the parsers record (ids, locators, positions), and property tests over arbitrary text.</summary>
public sealed class CiteKeyParserTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = DossierMarkdown.CreatePipeline();

    [Fact]
    public void Keys_locators_and_positions_are_recorded()
    {
        // Given a cite with two sources and locators on the second line
        var document = Markdig.Markdown.Parse("First line.\nSee this.[@a, p. 12; @b-2, pp. 3–4]", Pipeline);

        // When the cite is found
        var cite = Assert.Single(document.Descendants<CiteKeyInline>());

        // Then both keys, their locators and the position (0-based line, column of '[') are recorded
        Assert.Equal(["a", "b-2"], cite.Keys.Select(k => k.Id));
        Assert.Equal(["p. 12", "pp. 3–4"], cite.Keys.Select(k => k.Locator));
        Assert.Equal(1, cite.Line);
        Assert.Equal(9, cite.Column);
        Assert.Equal(1, cite.Keys[0].Offset);
        Assert.Equal(12, cite.Keys[1].Offset);
    }

    [Fact]
    public void Wiki_link_records_target_label_and_position()
    {
        var document = Markdig.Markdown.Parse("x\n\nA [[japan|Tokyo]] b", Pipeline);
        var link = Assert.Single(document.Descendants<WikiLinkInline>());
        Assert.Equal(("japan", "Tokyo", 2, 2), (link.Target, link.Label, link.Line, link.Column));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_text_parses_without_throwing_and_every_cite_has_non_empty_ids()
    {
        var alphabet = Gen.Char["[]@;,|-ab1 \n*_`\\!p."];
        alphabet.Array[0, 60].Select(chars => new string(chars)).Sample(text =>
        {
            var document = Markdig.Markdown.Parse(text, Pipeline);
            foreach (var cite in document.Descendants<CiteKeyInline>())
            {
                Assert.NotEmpty(cite.Keys);
                Assert.All(cite.Keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Id)));
                Assert.All(cite.Keys, k => Assert.DoesNotContain(k.Id, c => c is ' ' or ',' or ';' or ']'));
            }

            foreach (var link in document.Descendants<WikiLinkInline>())
            {
                Assert.False(string.IsNullOrWhiteSpace(link.Target));
                Assert.StartsWith("[[", link.Raw, StringComparison.Ordinal);
            }
        }, iter: FuzzScale.Of(5000));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Written_cites_parse_back_to_the_same_keys()
    {
        var id = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[1, 12].Select(c => "k" + new string(c));
        var locator = Gen.OneOf(Gen.Const((string?)null), Gen.Int[1, 999].Select(n => (string?)$"p. {n}"));
        var key = Gen.Select(id, locator);
        key.Array[1, 4].Sample(keys =>
        {
            // Given a cite written from keys
            var text = "[" + string.Join("; ", keys.Select(k => k.Item2 is null ? "@" + k.Item1 : $"@{k.Item1}, {k.Item2}")) + "]";

            // When it is parsed
            var cite = Assert.Single(Markdig.Markdown.Parse("x" + text, Pipeline).Descendants<CiteKeyInline>());

            // Then the same keys and locators come back, in order
            Assert.Equal(keys.Select(k => k.Item1), cite.Keys.Select(k => k.Id));
            Assert.Equal(keys.Select(k => k.Item2), cite.Keys.Select(k => k.Locator));
            Assert.Equal(text, cite.Raw);
        }, iter: FuzzScale.Of(2000));
    }
}
