using Dossier.Links.Checking;
using Dossier.Links.Tests.Server;

namespace Dossier.Links.Tests.Checking;

/// <summary>Quotes and fragments, verified on the page's text as decoded, decompressed and parsed.</summary>
public sealed class QuoteCheckTests(LinkServer server) : IClassFixture<LinkServer>
{
    private readonly string _id = LinkServer.NewId();

    [Fact]
    public async Task A_quote_on_the_page_is_found_despite_typography_and_markup()
    {
        using var checker = new TestChecker();
        var path = $"/article/{_id}";

        var result = await checker.CheckAsync(server.Url(path), ScriptedPages.EnglishQuote);

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Found, result.Quotes[ScriptedPages.EnglishQuote]);
        // The body is needed, so GET is sent straight away and only once.
        Assert.Equal(0, server.Log.Count("HEAD", path));
        Assert.Equal(1, server.Log.Count("GET", path));
    }

    [Fact]
    public async Task A_quote_not_on_the_page_is_missing()
    {
        using var checker = new TestChecker();
        const string quote = "Japan has withdrawn from Central Asia.";

        var result = await checker.CheckAsync(server.Url($"/article/{_id}"), quote);

        Assert.Equal(QuoteFinding.Missing, result.Quotes[quote]);
    }

    [Fact]
    public async Task Text_in_scripts_is_not_part_of_the_page()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/article/{_id}"), "not visible");

        Assert.Equal(QuoteFinding.Missing, result.Quotes["not visible"]);
    }

    [Theory]
    [InlineData("russian")]
    [InlineData("russian-meta")]
    public async Task A_windows_1251_page_is_decoded_before_looking_for_a_Russian_quote(string kind)
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/{kind}/{_id}"), ScriptedPages.RussianQuote, ScriptedPages.RussianQuoteWithGuillemets, "Вопросы ЭКСПОРТА");

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Missing, result.Quotes[ScriptedPages.RussianQuote]);
        Assert.Equal(QuoteFinding.Found, result.Quotes[ScriptedPages.RussianQuoteWithGuillemets]);
        Assert.Equal(QuoteFinding.Missing, result.Quotes["Вопросы ЭКСПОРТА"]);
    }

    [Fact]
    public async Task A_russian_quote_matches_regardless_of_case_and_quote_style()
    {
        using var checker = new TestChecker();
        const string quote = "\"ВОПРОСЫ привлечения инвестиций обсуждены\"";

        var result = await checker.CheckAsync(server.Url($"/russian/{_id}"), quote);

        Assert.Equal(QuoteFinding.Found, result.Quotes[quote]);
    }

    [Fact]
    public async Task A_gzip_body_is_decompressed()
    {
        using var checker = new TestChecker();
        var path = $"/gzip/{_id}";

        var result = await checker.CheckAsync(server.Url(path), ScriptedPages.EnglishQuote);

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Found, result.Quotes[ScriptedPages.EnglishQuote]);
        Assert.Equal(1, server.Log.Count(path));
    }

    [Fact]
    public async Task A_huge_body_is_read_only_up_to_the_cap()
    {
        using var checker = new TestChecker(TestChecker.Options with { Timeout = TimeSpan.FromSeconds(5) });

        var result = await checker.CheckAsync(server.Url($"/huge/{_id}"), ScriptedPages.EnglishQuote);

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Missing, result.Quotes[ScriptedPages.EnglishQuote]);
        Assert.Equal("only the first 5 MB of the page were read", result.QuoteNote);
    }

    [Fact]
    public async Task A_fragment_must_name_an_element_on_the_page()
    {
        using var checker = new TestChecker();

        var present = await checker.CheckAsync(server.Url($"/article/{_id}#section-2"));
        var legacy = await checker.CheckAsync(server.Url($"/article/{_id}#legacy-anchor"));
        var absent = await checker.CheckAsync(server.Url($"/article/{_id}#section-9"));

        Assert.Equal(Verdict.Ok, present.Verdict);
        Assert.Equal(Verdict.Ok, legacy.Verdict);
        Assert.Equal(Verdict.Broken, absent.Verdict);
        Assert.Equal("HTTP 200 OK, but the page has no element with id \"section-9\"", absent.Reason);
    }

    [Fact]
    public async Task A_quote_in_a_pdf_is_left_unchecked_not_missing()
    {
        using var checker = new TestChecker();

        var result = await checker.CheckAsync(server.Url($"/pdf/{_id}"), "anything");

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(QuoteFinding.Unchecked, result.Quotes["anything"]);
        Assert.Equal("the page is application/pdf; quotes cannot be checked in it", result.QuoteNote);
    }
}
