using CsCheck;
using Dossier.Templating.Minifying;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Templating.Minifying;

/// <summary>The stylesheet minifier drops comments and the whitespace no CSS parser needs, and keeps what matters.</summary>
public sealed class StylesheetMinifierTests
{
    [Theory]
    [InlineData("/* palette */\n:root {\n  --text: #111; /* ink */\n}\n", ":root{--text:#111}")]
    [InlineData("a ,\n b > c  {  color : red ;  }", "a,b>c{color :red}")]
    [InlineData(".note :hover { x: y }", ".note :hover{x:y}")]
    [InlineData("a { width: calc(100% - 2 * 1em + 3px) }", "a{width:calc(100% - 2 * 1em + 3px)}")]
    [InlineData("@media (prefers-color-scheme: dark) and (width > 40em) {\n  a { b: c }\n}", "@media (prefers-color-scheme:dark) and (width>40em){a{b:c}}")]
    [InlineData("a::before { content: \"/* kept */  ;  }\"; }", "a::before{content:\"/* kept */  ;  }\"}")]
    [InlineData("a { b: url(data:image/svg+xml,<svg  a='1'>/*x*/</svg>) }", "a{b:url(data:image/svg+xml,<svg  a='1'>/*x*/</svg>)}")]
    [InlineData("a { b: url( \"x  y.png\" ) }", "a{b:url(\"x  y.png\")}")]
    [InlineData("/*! licence */\na { b: c }", "/*! licence */ a{b:c}")]
    [InlineData("a { margin: 0 -1px  -2px }", "a{margin:0 -1px -2px}")]
    [InlineData(".h0.5, .x { margin: 0.5em 10.25em calc(0.3em + 0.2em) -0.5em; opacity:0.9 }", ".h0.5,.x{margin:.5em 10.25em calc(.3em + .2em) -0.5em;opacity:.9}")]
    [InlineData("a { color: red !important; }", "a{color:red !important}")]
    public void It_drops_comments_and_needless_whitespace(string css, string expected)
    {
        Assert.Equal(expected, StylesheetMinifier.Minify(css));
    }

    [Theory]
    [InlineData("a { b: c } /* never closed")]
    [InlineData("a::before { content: \"open }")]
    [InlineData("a { b: url(x.png }")]
    public void A_stylesheet_it_cannot_follow_to_the_end_is_left_whole(string css)
    {
        Assert.Null(StylesheetMinifier.Minify(css));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Minifying_keeps_every_word_and_string_in_order_and_is_stable()
    {
        var part = Gen.OneOf(Gen.Const("a"), Gen.Const(".note"), Gen.Const(" "), Gen.Const("\n  "), Gen.Const("{"), Gen.Const("}"),
            Gen.Const(":"), Gen.Const(";"), Gen.Const(","), Gen.Const(">"), Gen.Const("/* c */"), Gen.Const("\"s /* t */ u\""),
            Gen.Const("calc(1px + 2px)"), Gen.Const("url(a//b.png)"), Gen.Const("-1px"));
        part.Array[0, 20].Select(parts => string.Concat(parts)).Sample(css =>
        {
            var minified = StylesheetMinifier.Minify(css)!;

            // Words, strings and url()s survive in order: only whitespace and comments went
            Assert.Equal(Words(css), Words(minified));
            Assert.Equal(minified, StylesheetMinifier.Minify(minified));
        }, iter: FuzzScale.Of(2000));
    }

    private static string Words(string css) =>
        System.Text.RegularExpressions.Regex.Replace(
            string.Concat(css.Replace("/* c */", " ", StringComparison.Ordinal).Where(c => !char.IsWhiteSpace(c))), ";+}", "}");
}
