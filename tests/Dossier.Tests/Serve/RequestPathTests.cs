using Dossier.Serve.Files;
using Dossier.Serve.Reload;
using Dossier.Serve.Watching;

namespace Dossier.Tests.Serve;

/// <summary>The serve rules that need no server: which request paths may be looked up, injection, event framing.</summary>
public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/dossier/countries/kazakhstan/", "/dossier/countries/kazakhstan/")]
    [InlineData("/assets/site.css?v=2", "/assets/site.css")]
    [InlineData("/articles/%D0%BA%D0%B8%D1%80/", "/articles/кир/")]
    public void Ordinary_paths_are_accepted(string raw, string path) =>
        Assert.True(RequestPath.IsAcceptable(raw, path));

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd", "/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/etc/passwd", "/etc/passwd")]
    [InlineData("/a%5cb", "/a\\b")]
    [InlineData("/a%00.html", "/a\0.html")]
    [InlineData("/%252e%252e/x", "/%2e%2e/x")]
    [InlineData("//etc/passwd", "//etc/passwd")]
    [InlineData("/a/../b", "/a/../b")]
    [InlineData("/C:/Windows/win.ini", "/C:/Windows/win.ini")]
    [InlineData(null, "/a/./b")]
    [InlineData(null, "etc/passwd")]
    public void Tricks_are_refused(string? raw, string path) =>
        Assert.False(RequestPath.IsAcceptable(raw, path));

    [Fact]
    public void The_script_goes_before_the_last_body_end_or_at_the_end()
    {
        Assert.Equal($"<p>a</p>{ReloadScript.Tag}</BODY></html>", ReloadScript.InjectInto("<p>a</p></BODY></html>"));
        Assert.Equal($"<p>a</p>{ReloadScript.Tag}", ReloadScript.InjectInto("<p>a</p>"));
    }

    [Fact]
    public void A_multi_line_payload_is_one_data_line_per_line()
    {
        var wire = new ServerEvent(ServerEvent.BuildError, "a.md:1:2: error: x\r\n  hint: y\n").ToWireFormat();

        Assert.Equal("event: build-error\ndata: a.md:1:2: error: x\ndata:   hint: y\n\n", wire);
    }

    [Theory]
    [InlineData("articles/.japan.md.swp", true)]
    [InlineData("articles/japan.md~", true)]
    [InlineData("articles/4913", false)]
    [InlineData("articles/japan.md", false)]
    public void Editor_swap_files_do_not_trigger_a_rebuild(string name, bool noise) =>
        Assert.Equal(noise, SourceWatcher.IsNoise(name));
}
