using System.Text;
using CsCheck;
using Dossier.Collections;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Tests.Fixtures;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Reading;

/// <summary>Front matter read one after another by one shared scanner must read exactly as each read by a scanner of its own.</summary>
public sealed class SharedYamlScannerTests
{
    private static readonly Gen<string> Lines = Gen.OneOf(
            Gen.Const("title: plain words"), Gen.Const("title: \"A quoted: title\""), Gen.Const("tags: [a, b]"), Gen.Const("tags: [a, \"b\""),
            Gen.Const("list:"), Gen.Const("  - item"), Gen.Const("- x"), Gen.Const("key:"), Gen.Const("date: 2024-12-31"), Gen.Const("# comment"),
            Gen.Const(""), Gen.Const("  continued words"), Gen.Const("k: 'single'"), Gen.Const("\"quoted key\": v"), Gen.Const("k: {a: 1}"),
            Gen.Const("period: {start: 2023, end: 2025}"), Gen.Const("k: ["), Gen.Const("k: &anchor x"), Gen.Const("k: *alias"), Gen.Const("k: !tag x"),
            Gen.Const("k: |"), Gen.Const("  block line"), Gen.Const("%YAML 1.2"), Gen.Const("a:b"), Gen.Const(":x"), Gen.Const("title: x # note"),
            Gen.Const("\tk: v"), Gen.Const("k: v   "), Gen.Const("? complex"), Gen.Const("title: plain words"), Gen.Const("--- x"), Gen.Const("... x"),
            Gen.Const("k: \"two"), Gen.Const("  lines\""), Gen.Const("nested:"), Gen.Const("  inner: 1"), Gen.Const("    deeper: [x]"), Gen.Const("k: >-"),
            Gen.Const("[a]: b"), Gen.Const("k: v\u2028w"), Gen.Const("title: x"), Gen.Const("summary: y"))
        .Array[0, 8].Select(lines => string.Join('\n', lines));

    [Fact]
    [Trait("Kind", "property")]
    public void A_shared_scanner_reads_each_front_matter_as_its_own_scanner_does()
    {
        Gen.Select(Lines, Gen.Bool).Array[1, 6].Sample(texts =>
        {
            var shared = new SharedYamlScanner();
            foreach (var (text, newline) in texts)
            {
                var yaml = newline ? text + "\n" : text;
                Assert.Equal(Read(yaml, null), Read(yaml, shared));
            }
        }, iter: FuzzScale.Of(3000));
    }

    [Fact]
    public void Only_front_matter_that_starts_with_a_plain_key_and_has_no_block_scalar_or_document_marker_fits()
    {
        Assert.True(SharedYamlScanner.Fits("title: x\ntags: [a, b]"));
        Assert.True(SharedYamlScanner.Fits("# note\n\n  title: x"));
        Assert.False(SharedYamlScanner.Fits("\"title\": x"));
        Assert.False(SharedYamlScanner.Fits("title: |\n  x"));
        Assert.False(SharedYamlScanner.Fits("title: x\n--- y"));
        Assert.False(SharedYamlScanner.Fits("title: x\n... y"));
        Assert.False(SharedYamlScanner.Fits("# only a comment"));
    }

    /// <summary>What the front matter reads as: the diagnostics, and every node with where it stands in the file.</summary>
    private static string Read(string yaml, SharedYamlScanner? shared)
    {
        var sink = new DiagnosticBag();
        var mapping = YamlFrontMatter.Parse("content/x/case.md", yaml.AsMemory(), 2, shared, sink, out var lines);
        var read = new StringBuilder();
        if (mapping is not null)
        {
            Write(mapping, lines, read);
            new FrontMatterFields("content/x/case.md", mapping, lines, BuiltInCollections.Articles.Schema, sink).RejectUnknownKeys();
        }

        foreach (var diagnostic in sink.Sorted())
        {
            read.Append('\n').Append(diagnostic).Append(' ').Append(diagnostic.Span.Length);
        }

        return read.ToString();
    }

    private static void Write(YamlNode node, YamlLines lines, StringBuilder read)
    {
        read.Append($"<{lines.Of(node.Start)}:{node.Start.Column}-{lines.Of(node.End)}:{node.End.Column} {node.Tag}>");
        switch (node)
        {
            case YamlScalarNode scalar:
                read.Append($"{scalar.Style} `{scalar.Value}`");
                break;
            case YamlSequenceNode sequence:
                read.Append($"{sequence.Style}[");
                foreach (var item in sequence.Children)
                {
                    Write(item, lines, read);
                    read.Append(", ");
                }

                read.Append(']');
                break;
            case YamlMappingNode mapping:
                read.Append($"{mapping.Style}{{");
                foreach (var (key, value) in mapping.Children)
                {
                    Write(key, lines, read);
                    read.Append(": ");
                    Write(value, lines, read);
                    read.Append(", ");
                }

                read.Append('}');
                break;
        }
    }
}
