using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using CsCheck;
using Dossier.Build;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Hostile;

/// <summary>
/// Property: whatever text an editor puts in front matter, the built pages contain exactly the elements and
/// attributes the theme put there — no markup gets in through titles, summaries, names, publishers or
/// aliases, in HTML, attributes, JSON-LD or meta tags.
/// </summary>
public sealed class InjectionPropertyTests
{
    /// <summary>Pieces hostile strings are made of: markup, quotes, script terminators, schemes, separators.</summary>
    private static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "</script><script>x()</script>",
        "javascript:alert(1)", "&lt;b&gt;", "&amp;", "{{ site.title }}", "{% raw %}", "<!--", "-->", "]]>", "\u2028", "\u2029",
        "`", "\\", "'", "\"", "<", ">", "&", "Вопросы", " ", "a", "</style>", "<iframe src=//x>", "<a href=javascript:x>",
    ];

    [Fact]
    public void Random_front_matter_text_never_adds_an_element_or_attribute_to_any_page()
    {
        // Given the small fixture built with plain words: the shapes (element + attribute names) the theme writes
        var baseline = Shapes(Build(_ => "Plain words"));

        // When the same fields hold random hostile text
        var text = Gen.Int[0, Pieces.Length - 1].Array[1, 6].Select(indexes => string.Concat(indexes.Select(i => Pieces[i])));
        text.Sample(hostile =>
        {
            var shapes = Shapes(Build(_ => hostile));

            // Then every page has no shape the plain build did not have
            foreach (var (page, pageShapes) in shapes)
            {
                var extra = pageShapes.Except(baseline[page]).ToList();
                Assert.True(extra.Count == 0, $"{page} gained {string.Join(", ", extra)} from {JsonSerializer.Serialize(hostile)}");
            }
        }, iter: 25, threads: 1);
    }

    /// <summary>Builds the small fixture with every free-text front-matter value replaced; returns page path → HTML.</summary>
    private static Dictionary<string, string> Build(Func<string, string> value)
    {
        using var site = FixtureSite.Named("small");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file).Select(line => Replace(line, value)).ToList();
            File.WriteAllText(file, string.Join('\n', lines) + "\n");
        }

        var result = BuildPipeline.Run(new BuildOptions(site.Root, site.Output) { Clock = new ManualClock(TempDossier.DefaultNow) });
        Assert.True(result.Written, string.Join('\n', result.Diagnostics));
        return Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllText);
    }

    /// <summary>Replaces the value of a free-text key (title, summary, publisher, capital, region, title_en) or list of aliases/authors.</summary>
    private static string Replace(string line, Func<string, string> value)
    {
        foreach (var key in new[] { "title", "title_en", "summary", "publisher", "capital", "region" })
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return $"{key}: {Quote(value(key))}";
            }
        }

        foreach (var key in new[] { "aliases", "authors" })
        {
            if (line.StartsWith(key + ":", StringComparison.Ordinal))
            {
                return $"{key}: [{Quote(value(key))}, {Quote("Second " + value(key))}]";
            }
        }

        return line;
    }

    /// <summary>A YAML double-quoted scalar that holds exactly <paramref name="text"/>.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) || c is '\u2028' or '\u2029' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Per page, the set of "element[attribute,…]" shapes, plus a check that each JSON-LD block is one JSON value.</summary>
    private static Dictionary<string, HashSet<string>> Shapes(Dictionary<string, string> pages)
    {
        var parser = new HtmlParser();
        var shapes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (path, html) in pages)
        {
            using var document = parser.ParseDocument(html);
            shapes[path] = document.All
                .Select(e => $"{e.LocalName}[{string.Join(',', e.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal))}]")
                .ToHashSet(StringComparer.Ordinal);
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                using var json = JsonDocument.Parse(script.TextContent);
            }
        }

        return shapes;
    }
}
