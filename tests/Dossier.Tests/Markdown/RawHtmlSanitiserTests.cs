using Dossier.Markdown;
using Dossier.Markdown.RawHtml;
using Markdig.Renderers;

namespace Dossier.Tests.Markdown;

/// <summary>Raw HTML with an allow-list: allowed inline tags are rebuilt with safe attributes only; everything else is text.</summary>
public sealed class RawHtmlSanitiserTests
{
    private static readonly HashSet<string> Allowed = new(["abbr", "sup", "kbd", "script", "iframe"], StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("<abbr title=\"Japan International Cooperation Agency\">JICA</abbr>", "<p><abbr title=\"Japan International Cooperation Agency\">JICA</abbr></p>\n")]
    [InlineData("<abbr title='x' onclick=\"alert(1)\" lang=ru>Y</abbr>", "<p><abbr title=\"x\" lang=\"ru\">Y</abbr></p>\n")]
    [InlineData("H<sup>2</sup>O and <kbd style=\"background:url(javascript:x)\">Ctrl</kbd>", "<p>H<sup>2</sup>O and <kbd>Ctrl</kbd></p>\n")]
    [InlineData("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>\n")]
    [InlineData("x <script>alert(1)</script>", "<p>x &lt;script&gt;alert(1)&lt;/script&gt;</p>\n")]
    [InlineData("x <iframe src=\"https://evil.example\"></iframe>", "<p>x &lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</p>\n")]
    [InlineData("<div onmouseover=\"x()\">block</div>", "<p>&lt;div onmouseover=&quot;x()&quot;&gt;block&lt;/div&gt;</p>\n")]
    [InlineData("a <!-- hidden --> b", "<p>a &lt;!-- hidden --&gt; b</p>\n")]
    [InlineData("<abbr title=\"&quot;&gt;&lt;script&gt;\">A</abbr>", "<p><abbr title=\"&quot;&gt;&lt;script&gt;\">A</abbr></p>\n")]
    public void Only_allowed_tags_with_safe_attributes_survive(string markdown, string html)
    {
        // Given raw HTML turned on, with abbr, sup, kbd allowed (and script, iframe asked for, which are never allowed)
        var pipeline = DossierMarkdown.CreatePipeline(rawHtml: true);
        var document = Markdig.Markdown.Parse(markdown, pipeline);

        // When the sanitiser runs and the document is rendered
        RawHtmlSanitiser.Apply(document, Allowed);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);

        // Then the output is exactly the safe form
        Assert.Equal(html, writer.ToString());
    }

    [Fact]
    public void Without_an_allow_list_raw_html_is_text()
    {
        var html = Markdig.Markdown.ToHtml("<abbr title=\"x\">A</abbr> <script>x</script>", DossierMarkdown.CreatePipeline());

        Assert.Equal("<p>&lt;abbr title=&quot;x&quot;&gt;A&lt;/abbr&gt; &lt;script&gt;x&lt;/script&gt;</p>\n", html);
    }
}
