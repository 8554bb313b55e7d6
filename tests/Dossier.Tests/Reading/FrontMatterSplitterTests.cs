using CsCheck;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Reading;

/// <summary>The splitter reads lines in place; it must cut every file exactly where splitting it into lines would.</summary>
public sealed class FrontMatterSplitterTests
{
    private static readonly Gen<string> Lines = Gen.OneOf(
            Gen.Const("---"), Gen.Const("..."), Gen.Const("--- "), Gen.Const(" ---"), Gen.Const("---\t"), Gen.Const("title: X"),
            Gen.Const(""), Gen.Const("----"), Gen.Const("Body text."), Gen.Const("\u00A0"))
        .Array[0, 8].Select(lines => string.Join('\n', lines));

    [Fact]
    [Trait("Kind", "property")]
    public void It_splits_any_file_as_splitting_into_lines_does()
    {
        Lines.Sample(text =>
        {
            var sink = new DiagnosticBag();
            var block = FrontMatterSplitter.Split(new SourceFile("content/x/case.md", text), sink);
            var expected = ByLines(text);
            Assert.Equal(expected?.Yaml, block?.Yaml.ToString());
            Assert.Equal(expected?.BodyStartLine, block?.BodyStartLine);
            Assert.Equal(expected?.Body, block is null ? null : text[block.BodyStart..]);
            Assert.Equal(2, block?.YamlStartLine ?? 2);
            Assert.Equal(block is null, sink.HasErrors);
        }, iter: FuzzScale.Of(5000));
    }

    /// <summary>The straightforward reading: split into lines, find the closing line, join both sides again.</summary>
    private static (string Yaml, string Body, int BodyStartLine)? ByLines(string text)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]), i + 2);
            }
        }

        return null;
    }
}
