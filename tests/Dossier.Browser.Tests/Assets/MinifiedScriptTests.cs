using Dossier.Browser.Tests.Browsing;
using Dossier.Templating.Minifying;

namespace Dossier.Browser.Tests.Assets;

/// <summary>
/// Chromium's own parser is the judge: a minified script parses, and computes what the script as written computes,
/// including where comment markers hide in strings, templates and regular expressions and where a line break ends a
/// statement.
/// </summary>
public sealed class MinifiedScriptTests(BrowserSite site)
{
    public static TheoryData<string> Programs() => new(
        """
        var out = [];
        var s = "a // b /* c */ \" d";   // a comment after a string with both markers
        out.push(s);
        var r = /\/\/[/*]+\//g;            /* a regex with slashes and a class */
        out.push("x///*/y".replace(r, "-"));
        out.push(/[\]/]/.test("/"), !/^\s*$/.test("  "));
        var a = 12, b = 3, c = 2;
        out.push(a / b / c, a++ / 2, (a + 1) / 2, [8][0] / 2, 1./2);
        return JSON.stringify(out);
        """,
        """
        var k = 5; // a template with markers, braces and a line break inside
        var t = `x // ${ k + "}" } /* y */ ${ `z ${ { v: 1 }.v }` }
            indented // kept
        `;
        return t;
        """,
        """
        function f() {
          return /* a comment that
          spans lines */ 1
        }
        function g() {
          return 2 // same line
        }
        var a = 1
        var b = a
        ++a
        return JSON.stringify([f(), g(), a, b]);
        """,
        """
        // regexes after `:` and `typeof`; braces inside a substitution
        var o = { k: /}/ }, n = typeof /x/;
        if (o) { n += `${ { c: "{" }.c }`; }
        return n + o.k.source;
        """);

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task A_minified_program_computes_what_the_program_as_written_computes(string program)
    {
        var minified = ScriptMinifier.Minify(program);
        Assert.NotNull(minified);
        Assert.True(minified.Length < program.Length);
        var page = await site.OpenAsync();

        var results = await page.EvaluateAsync<string[]>(
            "sources => sources.map(s => { try { return String(new Function(s)()); } catch (e) { return 'threw ' + e; } })",
            new[] { program, minified });

        Assert.DoesNotContain("threw", results[0], StringComparison.Ordinal);
        Assert.Equal(results[0], results[1]);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("assets/dossier.js")]
    [InlineData("assets/search.js")]
    public async Task The_theme_s_minified_scripts_parse(string path)
    {
        var built = await File.ReadAllTextAsync(Path.Combine(site.Dossier.Output, path), TestContext.Current.CancellationToken);
        var page = await site.OpenAsync();

        var error = await page.EvaluateAsync<string>("s => { try { new Function(s); return ''; } catch (e) { return String(e); } }", built);

        Assert.Equal("", error);
        Assert.DoesNotContain("\n  ", built, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
