using Dossier.Templating;
using Fluid;

namespace Dossier.Tests.Templating;

/// <summary>A theme's partials are found by the names themes write, with or without <c>.liquid</c>.</summary>
public sealed class PartialLookupTests
{
    [Theory]
    [InlineData("{% render 'note' %}")]
    [InlineData("{% render 'note.liquid' %}")]
    [InlineData("{% include 'note' %}")]
    public void A_partial_is_found_with_or_without_its_extension(string source)
    {
        Assert.Equal("[note]", Render(source));
    }

    [Fact]
    public void A_partial_with_a_dot_in_its_name_keeps_its_whole_name_for_with()
    {
        // `with` names its variable after the partial's file name without the extension: `v1.2`, never `v1`.
        Assert.Equal("[v1.2: ]", Render("{% render 'v1.2' with 'x' %}"));
    }

    private static string Render(string source)
    {
        var partials = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["note.liquid"] = "[note]",
            ["v1.2.liquid"] = "[v1.2: {{ v1 }}]",
        };
        var options = new TemplateOptions { FileProvider = new InMemoryFileProvider(partials) };
        Assert.True(new FluidParser().TryParse(source, out var template, out var error), error);
        return template.Render(new TemplateContext(options));
    }
}
