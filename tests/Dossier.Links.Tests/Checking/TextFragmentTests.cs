using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>
/// URLs with a text fragment (<c>#:~:text=…</c>): the fragment never reaches the server, and the passage it points
/// at is looked for on the page as a quote is.
/// </summary>
public sealed class TextFragmentTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task The_fragment_is_not_sent_and_its_text_is_found_on_the_page()
    {
        using var checker = new TestChecker();
        var path = $"/article/{_id}";

        var result = await checker.CheckAsync(server.Url(path + "#:~:text=key%20partner"));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal("HTTP 200 OK; the text the link points to is on the page", result.Reason);
        // (More than one GET only when a loaded machine made an attempt time out.)
        var requests = server.Log.SeenUnder(path);
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal(("GET", path), (r.Method, r.Target)));
    }

    [Fact]
    public async Task Text_missing_from_the_page_is_quote_missing()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/article/{_id}#:~:text=Japan%20leaves%20Central%20Asia"));

        Assert.Equal(Verdict.QuoteMissing, result.Verdict);
        Assert.Equal("HTTP 200 OK, but the page no longer contains the text the link points to: \"Japan leaves Central Asia\"", result.Reason);
        Assert.Equal(200, result.Status);
    }

    [Theory]
    [InlineData("Japan%20remains,stay%20one", Verdict.Ok)]
    [InlineData("Central%20Asia,Japan%20remains", Verdict.QuoteMissing)]
    [InlineData("Japan-,remains,-a", Verdict.Ok)]
    [InlineData("China-,remains", Verdict.QuoteMissing)]
    [InlineData("remains,-Asia", Verdict.QuoteMissing)]
    [InlineData("remains", Verdict.Ok)]
    [InlineData("apan", Verdict.QuoteMissing)]
    [InlineData("Japan%20rem", Verdict.QuoteMissing)]
    [InlineData("Jap,one", Verdict.QuoteMissing)]
    [InlineData("key%20partner&text=Second%20section", Verdict.Ok)]
    [InlineData("key%20partner&text=Third%20section", Verdict.QuoteMissing)]
    public async Task Start_end_prefix_suffix_and_several_directives_are_all_honoured(string directive, Verdict verdict)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/article/{_id}#:~:text={directive}"));

        Assert.True(verdict == result.Verdict, result.Reason);
    }

    [Fact]
    public async Task An_element_id_before_the_directive_must_still_name_an_element()
    {
        using var checker = new TestChecker();

        var present = await checker.CheckAsync(server.Url($"/article/{_id}#section-2:~:text=Second%20section"));
        var absent = await checker.CheckAsync(server.Url($"/article/{_id}#section-9:~:text=Second%20section"));

        Assert.Equal(Verdict.Ok, present.Verdict);
        Assert.Equal(Verdict.Broken, absent.Verdict);
        Assert.Equal("HTTP 200 OK, but the page has no element with id \"section-9\"", absent.Reason);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Russian_text_is_found_on_a_windows_1251_page_whether_the_url_is_encoded_or_not(bool encoded)
    {
        using var checker = new TestChecker();
        const string passage = "Вопросы привлечения инвестиций";
        var fragment = encoded ? Uri.EscapeDataString(passage) : passage;

        var found = await checker.CheckAsync(server.Url($"/russian/{_id}#:~:text={fragment}"));
        var missing = await checker.CheckAsync(server.Url($"/russian/{_id}#:~:text={Uri.EscapeDataString("Вопросы экспорта")}"));

        Assert.Equal(Verdict.Ok, found.Verdict);
        Assert.Equal(Verdict.QuoteMissing, missing.Verdict);
        Assert.All(server.Log.SeenUnder("/russian/"), r => Assert.DoesNotContain("text", r.Target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_moved_page_is_suggested_with_the_text_fragment_as_cited()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/moved/301/{_id}#:~:text=key%20partner"));

        Assert.Equal(Verdict.Redirected, result.Verdict);
        Assert.Equal(server.Url($"/ok/{_id}#:~:text=key%20partner"), result.SuggestedUrl);
        Assert.All(server.Log.Seen, r => Assert.DoesNotContain("#", r.Target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_in_a_pdf_cannot_be_checked_and_says_so()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/pdf/{_id}#:~:text=anything"));

        Assert.Equal(Verdict.Unverifiable, result.Verdict);
        Assert.Equal("HTTP 200 OK: the text the link points to cannot be checked, the page is application/pdf; quotes cannot be checked in it", result.Reason);
    }
}
