using Dossier.Markdown;
using Dossier.Markdown.CiteKeys;
using Dossier.Markdown.WikiLinks;
using Markdig.Syntax;

namespace Dossier.Tests.Markdown;

/// <summary>Runs every example of the spec files for the <c>[@…]</c> and <c>[[…]]</c> extensions.</summary>
public sealed class MarkdownSpecTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in new[] { "cite-keys.md", "wiki-links.md" })
        {
            foreach (var spec in MarkdownSpec.Read(file))
            {
                data.Add($"{file}|{spec.Name}");
            }
        }

        return data;
    }

    [Fact]
    public void The_spec_files_have_examples()
    {
        Assert.True(MarkdownSpec.Read("cite-keys.md").Count() >= 7);
        Assert.True(MarkdownSpec.Read("wiki-links.md").Count() >= 5);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_specified(string example)
    {
        // Given the example from its spec file
        var (file, name) = (example.Split('|')[0], example.Split('|')[1]);
        var spec = MarkdownSpec.Read(file).Single(s => s.Name == name);

        // When it is parsed, resolved as the build would, and rendered
        var pipeline = DossierMarkdown.CreatePipeline();
        var document = Markdig.Markdown.Parse(spec.Markdown, pipeline);
        var html = SpecRendering.Html(document, pipeline);

        // Then the HTML is exactly the spec's
        Assert.Equal(spec.Html, html);
    }
}
