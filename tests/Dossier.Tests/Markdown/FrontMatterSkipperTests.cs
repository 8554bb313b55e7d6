using CsCheck;
using Dossier.Markdown;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.FrontMatter;
using Dossier.Markdown.WikiLinks;
using Dossier.Tests.Fixtures;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace Dossier.Tests.Markdown;

/// <summary>A whole file parsed past its front matter must read exactly as its body parsed alone, lines moved down by the front matter's.</summary>
public sealed class FrontMatterSkipperTests
{
    private static readonly Gen<string> FrontMatterLines = Gen.OneOf(
            Gen.Const("title: X"), Gen.Const("tags: [a, b]"), Gen.Const(""), Gen.Const("  - item"), Gen.Const("    indented: 1"),
            Gen.Const("# comment"), Gen.Const("- list"), Gen.Const("| a | b |"), Gen.Const("+---+"), Gen.Const("```"))
        .Array[0, 5].Select(lines => string.Join("", lines.Select(l => l + "\n")));

    private static readonly Gen<string> BodyLines = Gen.OneOf(
            Gen.Const("---"), Gen.Const("Text with a [[japan]] link.[@a]"), Gen.Const(""), Gen.Const("- item"), Gen.Const("    code"),
            Gen.Const("> quote"), Gen.Const("```"), Gen.Const("| a | b |"), Gen.Const("|---|---|"), Gen.Const("+---+---+"),
            Gen.Const("| x | y |"), Gen.Const("Title"), Gen.Const("==="), Gen.Const("[^1]: A note."), Gen.Const("See[^1]."),
            Gen.Const("# Heading"), Gen.Const("1. first"), Gen.Const("[ref]: https://example.org"), Gen.Const("A [ref] link."),
            Gen.Const("<div>"), Gen.Const("</div>"))
        .Array[0, 12].Select(lines => string.Join('\n', lines));

    [Fact]
    [Trait("Kind", "property")]
    public void A_whole_file_parses_as_its_body_alone()
    {
        Gen.Select(FrontMatterLines, BodyLines, Gen.Bool, Gen.Bool).Sample((frontMatter, body, closeWithDots, rawHtml) =>
        {
            var pipeline = DossierMarkdown.CreatePipeline(rawHtml);
            var text = "---\n" + frontMatter + (closeWithDots ? "...\n" : "---\n") + body;
            var skipped = 2 + frontMatter.Count(c => c == '\n');

            var alone = Markdig.Markdown.Parse(body, pipeline);
            var whole = Markdig.Markdown.Parse(text, pipeline, new BodyStart(skipped));

            Assert.Equal(SpecRendering.Html(alone, pipeline), SpecRendering.Html(whole, pipeline));

            // Where the blocks and the inlines diagnostics point at stand: the whole file's lines are the body's moved
            // down. (Markdig leaves some nodes at line 0 whatever the text: the groups it adds for link definitions and
            // footnotes, a footnote's back-link paragraph.)
            var bodyPositions = Positions(alone).ToList();
            var filePositions = Positions(whole).ToList();
            Assert.Equal(bodyPositions.Select(p => (p.Type, p.Column)), filePositions.Select(p => (p.Type, p.Column)));
            foreach (var (inBody, inFile) in bodyPositions.Zip(filePositions))
            {
                var unplaced = inBody.Type == typeof(LinkReferenceDefinitionGroup) || inBody.Type == typeof(FootnoteGroup)
                    || inBody.Line == 0 && inFile.Line == 0;
                Assert.Equal(unplaced ? inBody.Line : inBody.Line + skipped, inFile.Line);
            }
        }, iter: FuzzScale.Of(2000));
    }

    [Fact]
    public void Without_a_body_start_the_first_line_is_markdown()
    {
        var pipeline = DossierMarkdown.CreatePipeline();

        var document = Markdig.Markdown.Parse("---\ntitle: X\n---\nBody.", pipeline);

        Assert.IsType<ThematicBreakBlock>(document[0]);
    }

    private static IEnumerable<(Type Type, int Line, int Column)> Positions(MarkdownDocument document) =>
        document.Descendants()
            .Where(node => node is Block or CiteKeyInline or WikiLinkInline or Markdig.Syntax.Inlines.LinkInline or Markdig.Syntax.Inlines.AutolinkInline)
            .Select(node => (node.GetType(), node.Line, node.Column));
}
