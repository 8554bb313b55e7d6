using Dossier.Links.Quotes;

namespace Dossier.Links.Tests.Quotes;

public sealed class QuoteTextTests
{
    [Theory]
    [InlineData("“Key partner” — now", "\"key partner\" - now")]
    [InlineData("It’s   a\u00A0test\n\tline", "it's a test line")]
    [InlineData("«Вопросы» – ОБСУЖДЕНЫ", "\"вопросы\" - обсуждены")]
    [InlineData("co\u00ADoperation\u200B", "cooperation")]
    [InlineData("ﬁnance…", "finance...")]
    public void Typography_case_and_spacing_are_normalised(string text, string expected)
    {
        Assert.Equal(expected, QuoteText.Normalise(text));
    }

    [Fact]
    public void An_empty_quote_never_matches()
    {
        var page = new PageText("anything at all", new HashSet<string>());

        Assert.False(page.Contains("  "));
        Assert.True(page.Contains("AT  all"));
    }
}
