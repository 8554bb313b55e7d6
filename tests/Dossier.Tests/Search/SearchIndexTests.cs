using System.Buffers;
using CsCheck;
using Dossier.Build;
using Dossier.Build.Incremental;
using Dossier.CitationStyles;
using Dossier.Pages;
using Dossier.Search;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Search;

/// <summary>The entry JSON written straight from the body's text must be the serializer's, byte for byte.</summary>
public sealed class SearchIndexTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char["aZ \"\\<>&'/\u00e9\u0416\u3042\n\t\u0001\u2028\u00b7"], 0, 40],
        Gen.Const(""));

    [Fact]
    [Trait("Kind", "property")]
    public void Any_entry_is_written_as_the_serializer_writes_it()
    {
        Gen.Select(Text, Text, Text, Text.Array[0, 4], Text, Text, Gen.Bool).Sample((path, kind, title, headings, keywords, body, hasLanguage) =>
        {
            // Given an entry of any text, with a language or without
            var entry = new SearchEntry(path, kind, title, headings, keywords, body) { TitleLanguage = hasLanguage ? title : null };
            var serialized = Serialized(entry);

            // When it is written with its body given apart
            var written = new ArrayBufferWriter<byte>();
            var failed = Record.Exception(() => SearchIndex.Write(written, entry, body));

            // Then the bytes are the serializer's (or both refuse the text)
            Assert.Equal(serialized is null, failed is not null);
            Assert.Equal(serialized ?? [], failed is null ? written.WrittenSpan.ToArray() : []);
        }, iter: FuzzScale.Of(5000));
    }

    [Fact]
    public void Every_document_of_the_bundled_dossier_has_the_entry_its_search_entry_serializes_to()
    {
        // Given the bundled dossier, built, and its linked graph
        using var site = FixtureSite.Bundled();
        var memory = new BuildMemory();
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root, site.Output), memory).Written);
        var graph = memory.Graph!.Graph;
        var context = new PageContext(graph, new Dictionary<string, string>(), new ChicagoStyle(), new Dictionary<string, DateOnly>());
        Assert.True(graph.InListOrder.Count() > 30);

        // Then each document's JSON is its entry's, serialized
        foreach (var document in graph.InListOrder)
        {
            Assert.Equal(SearchIndex.ToJson(SearchIndex.EntryOf(context, document)), SearchIndex.JsonOf(context, document));
        }
    }

    private static byte[]? Serialized(SearchEntry entry)
    {
        try
        {
            return SearchIndex.ToJson(entry);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
