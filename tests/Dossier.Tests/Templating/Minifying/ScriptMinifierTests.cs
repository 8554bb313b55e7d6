using CsCheck;
using Dossier.Templating.Minifying;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Templating.Minifying;

/// <summary>
/// The script minifier drops comments, indentation and blank lines and keeps every token and every line break between
/// tokens; whatever hides <c>//</c> or <c>/*</c> (strings, templates, regexes) is copied as written.
/// </summary>
public sealed class ScriptMinifierTests
{
    [Theory]
    [InlineData("var s = \"a // b /* c */\";", "var s = \"a // b /* c */\";")]
    [InlineData("var s = 'it\\'s // here';  // why", "var s = 'it\\'s // here';")]
    [InlineData("var r = /\\/\\/+/g; // two slashes", "var r = /\\/\\/+/g;")]
    [InlineData("var r = /[/*]+/; /* class */", "var r = /[/*]+/;")]
    [InlineData("if (!/^\\s*\\/\\//.test(line)) go();", "if(!/^\\s*\\/\\//.test(line))go();")]
    [InlineData("x = a / b / c; // divide", "x = a / b / c;")]
    [InlineData("x = a++ / 2 // c", "x = a++ / 2")]
    [InlineData("x = (a) / 2 / (b) // c", "x =(a)/ 2 /(b)")]
    [InlineData("x = 1./2 // c", "x = 1./2")]
    [InlineData("return /=+/.test(q) // c", "return /=+/.test(q)")]
    [InlineData("x = `a // ${ b + \"}\" } /* c */ ${ {k: 1}.k }` // d", "x = `a // ${b + \"}\"} /* c */ ${{k:1}.k}`")]
    [InlineData("x = `${ `inner // ${ y }` } //`", "x = `${`inner // ${y}`} //`")]
    [InlineData("    a   =   b;\t\t", "a = b;")]
    [InlineData("a /* inline */ = b;", "a = b;")]
    [InlineData("/*! licence: keep me */\nvar a;", "/*! licence: keep me */\nvar a;")]
    [InlineData("\uFEFFvar a;", "var a;")]
    public void It_drops_comments_and_spacing_and_copies_what_hides_them(string script, string expected)
    {
        Assert.Equal(expected, ScriptMinifier.Minify(script));
    }

    [Fact]
    public void Indentation_inside_a_multi_line_template_is_part_of_the_string_and_stays()
    {
        var script = "function f() {\n    return `\n        <p>\n          // not a comment\n        </p>`;\n}\n";

        Assert.Equal("function f(){\nreturn `\n        <p>\n          // not a comment\n        </p>`;\n}", ScriptMinifier.Minify(script));
    }

    [Fact]
    public void Line_breaks_between_tokens_stay_so_semicolon_insertion_reads_the_same()
    {
        // `return` then a line break returns undefined; a comment with a line break counts as one
        var script = "function f() {\n  return /* why:\n  */ 1\n}\nvar a = b\n\n  // note\n(c)\nx\n++y\n";

        Assert.Equal("function f(){\nreturn\n1\n}\nvar a = b\n(c)\nx\n++y", ScriptMinifier.Minify(script));
    }

    [Fact]
    public void Windows_line_ends_become_plain_ones_but_a_line_continuation_in_a_string_is_kept()
    {
        Assert.Equal("var s = \"a\\\r\nb\";\nvar t;", ScriptMinifier.Minify("var s = \"a\\\r\nb\";\r\n\r\n  var t;\r\n"));
    }

    [Theory]
    [InlineData("var s = \"open")]
    [InlineData("var s = 'line\nbreak';")]
    [InlineData("/* never closed")]
    [InlineData("x = `never closed ${ a }")]
    [InlineData("x = `${ a ")]
    [InlineData("x = /never closed\n")]
    public void A_script_it_cannot_follow_to_the_end_is_left_whole(string script)
    {
        Assert.Null(ScriptMinifier.Minify(script));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_mix_of_statements_comments_and_spacing_minifies_to_the_statements_alone()
    {
        Program.Sample(lines =>
        {
            // Given statements, each indented and maybe followed by a comment, with comment-only and blank lines between
            var script = string.Concat(lines.Select(l => l.Source));
            var expected = string.Join('\n', lines.Where(l => l.Kept.Length > 0).Select(l => l.Kept));

            // When minified, then only the statements remain, one a line, and minifying again changes nothing
            var minified = ScriptMinifier.Minify(script);
            Assert.Equal(expected, minified);
            Assert.Equal(minified, ScriptMinifier.Minify(minified!));
        }, iter: FuzzScale.Of(2000));
    }

    /// <summary>Statements that hide comment markers, slashes or braces, as written and as they must come out.</summary>
    public static readonly (string Source, string Kept)[] Statements =
    [
        ("var s = \"a // b /* c */ \\\" d\";", "var s = \"a // b /* c */ \\\" d\";"),
        ("var q = '/* not */ // either';", "var q = '/* not */ // either';"),
        ("var r = /\\/\\/[/*]+\\//g;", "var r = /\\/\\/[/*]+\\//g;"),
        ("var k = /[\\]/]/.source;", "var k = /[\\]/]/.source;"),
        ("var t = `x // ${ a + \"}\" } /* y */ ${ `z ${ 1 }` }`;", "var t = `x // ${a + \"}\"} /* y */ ${`z ${1}`}`;"),
        ("var d = a / b / c;", "var d = a / b / c;"),
        ("var e = a++ / 2;", "var e = a++ / 2;"),
        ("var f = (a + 1) / 2;", "var f =(a + 1)/ 2;"),
        ("var g = [1, 2][0] / 2;", "var g =[1,2][0]/ 2;"),
        ("var h = !/^\\s*$/.test(s);", "var h = !/^\\s*$/.test(s);"),
        ("var i = { k: /}/ };", "var i ={k:/}/};"),
        ("var j = typeof /x/;", "var j = typeof /x/;"),
        ("if (a) { b = `${ { c: 1 }.c }`; }", "if(a){b = `${{c:1}.c}`;}"),
    ];

    private static readonly Gen<string> Indent = Gen.OneOf(Gen.Const(""), Gen.Const("  "), Gen.Const("\t"), Gen.Const("        "));

    private static readonly Gen<string> Trailing = Gen.OneOf(Gen.Const(""), Gen.Const(" "), Gen.Const(" // note \"x\" /re/"),
        Gen.Const(" /* note ` */"), Gen.Const("\t// `"));

    private static readonly Gen<string> LineEnd = Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"));

    private static readonly Gen<Line> StatementLine =
        Gen.Select(Indent, Gen.OneOf(Statements.Select(Gen.Const).ToArray()), Trailing, LineEnd)
            .Select((indent, statement, trailing, end) => new Line(indent + statement.Source + trailing + end, statement.Kept));

    private static readonly Gen<Line> NoiseLine = Gen.Select(Indent, Gen.OneOf(Gen.Const(""), Gen.Const("// only a comment"),
            Gen.Const("/* a block\n   over lines */"), Gen.Const("/* short */")), LineEnd)
        .Select((indent, noise, end) => new Line(indent + noise + end, ""));

    private static readonly Gen<Line[]> Program = Gen.Frequency((3, StatementLine), (1, NoiseLine)).Array[1, 12];

    public sealed record Line(string Source, string Kept);
}
