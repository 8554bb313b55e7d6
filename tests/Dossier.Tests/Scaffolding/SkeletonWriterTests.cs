using Dossier.Collections;
using CsCheck;
using Dossier.Content;
using Dossier.Content.Schema;
using Dossier.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace Dossier.Tests.Scaffolding;

/// <summary>The skeleton follows the schema: every required key set, every optional key a comment.</summary>
public sealed class SkeletonWriterTests
{
    public static TheoryData<string> Collections => new(BuiltInCollections.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Collections))]
    public void The_front_matter_has_exactly_the_required_keys_and_names_every_optional_one(string name)
    {
        // Given a value for each required key of the collection
        var schema = CollectionSet.BuiltIn.Named(name)!.Schema;
        var values = schema.Fields.Where(f => f.Required).ToDictionary(f => f.Name, Placeholder);

        // When the skeleton is written
        var text = SkeletonWriter.Write(schema, values, "Body.");

        // Then its YAML holds the required keys, in the schema's order, and a comment for every optional key
        var yaml = text.Split("---\n")[1];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var keys = ((YamlMappingNode)stream.Documents[0].RootNode).Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(schema.Fields.Where(f => f.Required).Select(f => f.Name), keys);
        foreach (var optional in schema.Fields.Where(f => !f.Required))
        {
            Assert.Contains($"\n# {optional.Name}: ", text, StringComparison.Ordinal);
        }

        Assert.EndsWith("---\n\nBody.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_value_is_a_bug_not_a_skeleton()
    {
        Assert.Throws<ArgumentException>(() => SkeletonWriter.Write(ContentSchemas.Country, new Dictionary<string, SkeletonValue> { ["title"] = SkeletonValue.Of("Mongolia") }, ""));
    }

    [Fact]
    public void Any_text_survives_quoting()
    {
        Gen.String.Sample(text =>
        {
            var stream = new YamlStream();
            stream.Load(new StringReader("title: " + SkeletonWriter.Quote(text)));
            var value = ((YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("title")]).Value;
            return value == text;
        });
    }

    private static SkeletonValue Placeholder(FieldSpec field) => field.Kind switch
    {
        FieldKind.IdList or FieldKind.TextList => SkeletonValue.Of(["a"]),
        FieldKind.Date => SkeletonValue.Of(new DateOnly(2024, 12, 31)),
        FieldKind.Choice => SkeletonValue.Of(field.Choices[0]),
        _ => SkeletonValue.Of("text: with # and \"quotes\""),
    };
}
