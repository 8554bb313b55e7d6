using Dossier.Collections;
using CsCheck;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Reading;

/// <summary>Property: any file either parses or yields diagnostics with a position inside the file — never an exception.</summary>
public sealed class FrontMatterPropertyTests
{
    private static readonly Gen<string> YamlLike = Gen.OneOf(
        Gen.Char["-:[]{}&*!|>'\"#%@`,?\n\t title:kind:parties:date 2024-12-3197\\"].Array[0, 120].Select(c => new string(c)),
        Gen.String);

    [Fact]
    [Trait("Kind", "property")]
    public void Any_file_parses_or_is_reported_never_throws()
    {
        Gen.Select(YamlLike, Gen.Int[0, BuiltInCollections.All.Count - 1].Select(i => BuiltInCollections.All[i])).Sample((text, collection) =>
        {
            var sink = new DiagnosticBag();
            var document = DocumentParser.Parse(new ContentFile(collection, new SourceFile("content/x/case.md", "---\n" + text + "\n---\nBody\n")), sink);
            var diagnostics = sink.Sorted();
            Assert.True(document is not null || diagnostics.Any(d => d.IsError), "a file that does not parse must say why");
            var lines = text.Split('\n').Length + 3;
            Assert.All(diagnostics, d => Assert.InRange(d.Span.Line, 0, lines));
        }, iter: FuzzScale.Of(3000));
    }

    [Fact]
    public void The_input_the_fuzzer_found_is_a_diagnostic_not_a_crash()
    {
        // Found by a long local run (seed 3Y9oGSfP_XC2): YamlDotNet threw ArgumentException while loading it.
        Gen.Select(YamlLike, Gen.Int[0, BuiltInCollections.All.Count - 1].Select(i => BuiltInCollections.All[i])).Sample((text, collection) =>
        {
            var sink = new DiagnosticBag();
            DocumentParser.Parse(new ContentFile(collection, new SourceFile("content/x/case.md", "---\n" + text + "\n---\nBody\n")), sink);
        }, seed: "3Y9oGSfP_XC2", iter: 1);
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_bytes_decode_or_are_reported_never_throw()
    {
        Gen.Byte.Array[0, 200].Sample(bytes =>
        {
            var sink = new DiagnosticBag();
            var text = TextDecoding.Decode("content/x/case.md", bytes, sink);
            Assert.True(text is not null || sink.HasErrors);
        }, iter: FuzzScale.Of(3000));
    }
}
