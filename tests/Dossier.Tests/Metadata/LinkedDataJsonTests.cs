using System.Text.Json;
using Dossier.Pages.Metadata;

namespace Dossier.Tests.Metadata;

/// <summary>JSON-LD goes inside a &lt;script&gt; element: no title may close it or break the JSON.</summary>
public sealed class LinkedDataJsonTests
{
    [Theory]
    [InlineData("A </script><script>alert(1)</script> title")]
    [InlineData("<!-- comment")]
    [InlineData("Line\u2028separator and \u2029paragraph")]
    [InlineData("Tom & Jerry's \"quote\"")]
    public void Markup_and_line_separators_in_a_title_are_escaped_and_the_value_survives(string title)
    {
        // Given a thing named with characters that mean something in HTML or JavaScript
        var thing = LinkedDataJson.Thing("Article", ("headline", LinkedDataJson.Text(title)));

        // When it is written
        var json = LinkedDataJson.Write(thing);

        // Then none of them appears raw, and parsing gives the title back
        foreach (var raw in new[] { "<", ">", "&", "\u2028", "\u2029" })
        {
            Assert.DoesNotContain(raw, json, StringComparison.Ordinal);
        }

        using var parsed = JsonDocument.Parse(json);
        Assert.Equal("https://schema.org", parsed.RootElement.GetProperty("@context").GetString());
        Assert.Equal(title, parsed.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Empty_values_are_left_out()
    {
        var json = LinkedDataJson.Write(LinkedDataJson.Thing("Country",
            ("name", LinkedDataJson.Text("Japan")), ("identifier", LinkedDataJson.Text(null)), ("alternateName", LinkedDataJson.List([]))));

        Assert.Equal("""{"@context":"https://schema.org","@type":"Country","name":"Japan"}""", json);
    }
}
