using CsCheck;
using Dossier.Markdown;
using Dossier.Markdown.CiteKeys;
using Dossier.Tests.Fixtures;
using Markdig.Syntax;

namespace Dossier.Tests.Markdown;

/// <summary>Per-claim quotes inside a cite: <c>[@id, p. 12, quote="exact words"]</c>, one per source.</summary>
public sealed class CiteQuoteTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = DossierMarkdown.CreatePipeline();

    private static CiteKeyInline CiteIn(string markdown) =>
        Assert.Single(Markdig.Markdown.Parse(markdown, Pipeline).Descendants<CiteKeyInline>());

    [Fact]
    public void Each_key_keeps_its_own_locator_and_quote()
    {
        // Given a note citing two sources, each with its own quote, the second with a page too
        var cite = CiteIn("Claim.[@a, quote=\"Japan; a partner, [sic] too\"; @b, p. 3, quote=\"Second words.\"]");

        // Then separators and brackets inside the quotes belong to the quotes
        Assert.Equal(["a", "b"], cite.Keys.Select(k => k.Id));
        Assert.Equal([null, "p. 3"], cite.Keys.Select(k => k.Locator));
        Assert.Equal(["Japan; a partner, [sic] too", "Second words."], cite.Keys.Select(k => k.Quote));
        Assert.Null(cite.Problem);
    }

    [Theory]
    [InlineData("[@a, quote=\"He said \\\"no\\\" twice\"]", "He said \"no\" twice")]
    [InlineData("[@a, quote=\"a \\\\ b\"]", "a \\ b")]
    [InlineData("[@a, quote=“He said \"no\" twice”]", "He said \"no\" twice")]
    [InlineData("[@a, quote=«Вопросы привлечения инвестиций»]", "Вопросы привлечения инвестиций")]
    [InlineData("[@a, quote=„Zusammenarbeit“]", "Zusammenarbeit")]
    [InlineData("[@a, p. 12, quote=\"spread\nover   two lines\"]", "spread over two lines")]
    [InlineData("[@a, quote=\"words\", p. 12]", "words")]
    public void Escaped_and_typographic_quotation_marks_are_read_as_editors_mean_them(string markdown, string quote)
    {
        var cite = CiteIn("x" + markdown);
        Assert.Null(cite.Problem);
        Assert.Equal(quote, Assert.Single(cite.Keys).Quote);
    }

    [Fact]
    public void A_locator_with_commas_survives_beside_a_quote()
    {
        var key = Assert.Single(CiteIn("x[@a, pp. 12, 14, quote=\"w\"]").Keys);
        Assert.Equal(("pp. 12, 14", "w"), (key.Locator, key.Quote));
    }

    [Theory]
    [InlineData("x[@a, quote=\"never closed]", "the quote is not closed", 13)]
    [InlineData("x[@a, quote='single']", "is in single quotes", 13)]
    [InlineData("x[@a, quote=bare words]", "is not in quotation marks", 13)]
    [InlineData("x[@a, quote=\"\"]", "the quote of `@a` is empty", 7)]
    [InlineData("x[@a, quote=]", "the quote of `@a` is empty", 7)]
    [InlineData("x[@a, quote=\"one\" two\"]", "text after the quote of `@a`", 19)]
    [InlineData("x[@a, quote=\"one\", quote=\"two\"]", "`@a` has two quotes", 20)]
    public void A_quote_that_cannot_be_read_is_a_problem_pointing_at_its_place(string markdown, string message, int column)
    {
        // Given a cite whose quote attribute is malformed
        var cite = CiteIn(markdown);

        // Then it is still a cite (so it is reported), with the problem and where it is (1-based column in the line)
        var problem = Assert.IsType<CiteProblem>(cite.Problem);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(column, problem.SpanWithin(new Dossier.Diagnostics.SourceSpan("f.md", 1, cite.Column + 1), cite.Raw).Column);
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_quote_written_with_escapes_parses_back_to_itself()
    {
        var word = Gen.Char["ab\"\\;,[]“”«»-&é Я"].Array[1, 10].Select(c => new string(c).Trim()).Where(w => w.Length > 0 && !w.Contains("  ", StringComparison.Ordinal));
        var id = Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789-"].Array[1, 12].Select(c => "k" + new string(c));
        var locator = Gen.OneOf(Gen.Const((string?)null), Gen.Int[1, 999].Select(n => (string?)$"p. {n}"));
        var key = Gen.Select(id, locator, Gen.OneOf(Gen.Const((string?)null), word.Select(w => (string?)w)));
        key.Array[1, 3].Sample(keys =>
        {
            // Given a cite written from keys, each quote written with QuoteAttribute.Write
            var text = "[" + string.Join("; ", keys.Select(k =>
                "@" + k.Item1 + (k.Item2 is null ? "" : ", " + k.Item2) + (k.Item3 is null ? "" : ", " + QuoteAttribute.Write(k.Item3)))) + "]";

            // When it is parsed
            var cite = CiteIn("x" + text);

            // Then every key, locator and quote comes back, and nothing is reported
            Assert.Null(cite.Problem);
            Assert.Equal(keys.Select(k => k.Item1), cite.Keys.Select(k => k.Id));
            Assert.Equal(keys.Select(k => k.Item2), cite.Keys.Select(k => k.Locator));
            Assert.Equal(keys.Select(k => k.Item3), cite.Keys.Select(k => k.Quote));
            Assert.Equal(text, cite.Raw);
        }, iter: FuzzScale.Of(2000));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_text_with_quote_attributes_parses_without_throwing()
    {
        var alphabet = Gen.Char["[]@;,=\"“”«\\quote ab\n"];
        alphabet.Array[0, 60].Select(chars => "[@a, quote=" + new string(chars)).Sample(text =>
        {
            foreach (var cite in Markdig.Markdown.Parse(text, Pipeline).Descendants<CiteKeyInline>())
            {
                Assert.NotEmpty(cite.Keys);
                Assert.All(cite.Keys, k => Assert.False(string.IsNullOrWhiteSpace(k.Id)));
                Assert.True(cite.Problem is not null || cite.Keys.All(k => k.Quote is null || k.Quote.Length > 0));
            }
        }, iter: FuzzScale.Of(5000));
    }
}
