using System.Text;
using CsCheck;
using Dossier.Links.Writing;

namespace Dossier.Links.Tests.Writing;

/// <summary>Writing keys into front matter changes only those lines; every other byte stays, and a second run changes nothing.</summary>
public sealed class FrontMatterEditTests
{
    private static readonly FrontMatterValue[] Dead =
    [
        new("url_status", "dead"),
        new("archive_url", "https://web.archive.org/web/20241231000000/https://a.example/x", YamlQuoting.Double),
        new("checked", "2026-11-20"),
    ];

    [Fact]
    public void New_keys_go_at_the_end_of_the_front_matter_with_the_files_line_ends_bom_and_comments_kept()
    {
        // Given a file with a BOM, CRLF line ends, comments and keys in odd quoting styles
        var original = "\uFEFF---\r\n# where it came from\r\ntitle: 'It''s here'\r\nurl: https://a.example/x # the old address\r\naccessed: \"2024-12-31\"\r\n---\r\n\r\nBody with url_status: live in it.\r\n";
        var bytes = Encoding.UTF8.GetBytes(original);
        Assert.Equal(0xEF, bytes[0]);

        // When the keys are written
        var (edited, error) = FrontMatterEdit.Apply(bytes, Dead);

        // Then exactly three lines are added before the closing ---, in CRLF, and the rest is byte-identical
        Assert.Null(error);
        var expected = "\uFEFF---\r\n# where it came from\r\ntitle: 'It''s here'\r\nurl: https://a.example/x # the old address\r\naccessed: \"2024-12-31\"\r\n"
            + "url_status: dead\r\narchive_url: \"https://web.archive.org/web/20241231000000/https://a.example/x\"\r\nchecked: 2026-11-20\r\n---\r\n\r\nBody with url_status: live in it.\r\n";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), edited);

        // And a second run changes nothing
        Assert.Equal((null, null), FrontMatterEdit.Apply(edited!, Dead));
    }

    [Theory]
    [InlineData("url_status: live\n", "url_status: dead\n")]
    [InlineData("url_status: 'live'  # set by hand\n", "url_status: 'dead'  # set by hand\n")]
    [InlineData("url_status: \"live\"\n", "url_status: \"dead\"\n")]
    [InlineData("url_status : live\n", "url_status : dead\n")]
    public void An_existing_key_keeps_its_line_its_quoting_and_its_comment(string before, string after)
    {
        var file = $"---\ntitle: T\n{before}url: \"https://a.example/x\"\n---\nBody.\n";

        var (edited, error) = FrontMatterEdit.Apply(Encoding.UTF8.GetBytes(file), [new("url_status", "dead")]);

        Assert.Null(error);
        Assert.Equal($"---\ntitle: T\n{after}url: \"https://a.example/x\"\n---\nBody.\n", Encoding.UTF8.GetString(edited!));
    }

    [Fact]
    public void Keys_already_present_in_another_order_are_edited_in_place()
    {
        var file = "---\nchecked: 2025-01-01\ntitle: T\narchive_url: 'https://old.example/copy'\nurl_status: live\n---\n";

        var (edited, _) = FrontMatterEdit.Apply(Encoding.UTF8.GetBytes(file), Dead);

        Assert.Equal("---\nchecked: 2026-11-20\ntitle: T\narchive_url: 'https://web.archive.org/web/20241231000000/https://a.example/x'\nurl_status: dead\n---\n",
            Encoding.UTF8.GetString(edited!));
    }

    [Fact]
    public void A_value_that_is_unsafe_plain_is_quoted_and_a_key_in_the_body_or_a_longer_key_is_not_touched()
    {
        var file = "---\nurl_status_note: x\ntitle: T\n---\nurl_status: live\n";

        var (edited, _) = FrontMatterEdit.Apply(Encoding.UTF8.GetBytes(file), [new("url_status", "a: b #c")]);

        Assert.Equal("---\nurl_status_note: x\ntitle: T\nurl_status: \"a: b #c\"\n---\nurl_status: live\n", Encoding.UTF8.GetString(edited!));
    }

    [Theory]
    [InlineData("---\nurl_status: |\n  live\n---\n", "several lines")]
    [InlineData("title: no front matter\n", "does not start with front matter")]
    [InlineData("---\ntitle: never closed\n", "not closed")]
    public void A_file_that_cannot_be_edited_safely_is_refused(string file, string why)
    {
        var (edited, error) = FrontMatterEdit.Apply(Encoding.UTF8.GetBytes(file), [new("url_status", "dead")]);

        Assert.Null(edited);
        Assert.Contains(why, error, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Any_value_written_reads_back_through_yaml_as_itself()
    {
        Gen.String.Where(s => !s.Contains('\n') && !s.Contains('\r') && s.All(c => !char.IsSurrogate(c))).Sample(value =>
        {
            foreach (var quoting in Enum.GetValues<YamlQuoting>())
            {
                var (edited, _) = FrontMatterEdit.Apply(Encoding.UTF8.GetBytes("---\ntitle: T\n---\n"), [new("archive_url", value, quoting)]);
                var yaml = Encoding.UTF8.GetString(edited!).Split("---\n")[1];
                var stream = new YamlDotNet.RepresentationModel.YamlStream();
                stream.Load(new StringReader(yaml));
                var root = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;
                Assert.Equal(value, ((YamlDotNet.RepresentationModel.YamlScalarNode)root.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("archive_url")]).Value);
            }
        }, iter: 2000);
    }
}
