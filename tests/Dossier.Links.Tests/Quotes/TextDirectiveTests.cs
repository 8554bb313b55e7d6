using Dossier.Links.Quotes;

namespace Dossier.Links.Tests.Quotes;

public sealed class TextDirectiveTests
{
    [Theory]
    [InlineData(":~:text=start", null, "start", null, null)]
    [InlineData(":~:text=start,end", null, "start", "end", null)]
    [InlineData(":~:text=pre-,start,end,-suf", "pre", "start", "end", "suf")]
    [InlineData(":~:text=pre-,start", "pre", "start", null, null)]
    [InlineData(":~:text=start,-suf", null, "start", null, "suf")]
    [InlineData("top:~:text=a%2C%20b%20%26%20c,-d%2De", null, "a, b & c", null, "d-e")]
    [InlineData(":~:text=%D0%92%D0%BE%D0%BF%D1%80%D0%BE%D1%81%D1%8B", null, "Вопросы", null, null)]
    public void A_directive_is_split_before_its_parts_are_decoded(string fragment, string? prefix, string start, string? end, string? suffix)
    {
        var directive = Assert.Single(TextDirective.Parse(fragment));

        Assert.Equal(new TextDirective(prefix, start, end, suffix), directive);
    }

    [Theory]
    [InlineData("section-2")]
    [InlineData(":~:")]
    [InlineData(":~:text=")]
    [InlineData(":~:text=a,b,c")]
    [InlineData(":~:note=whatever")]
    public void Anything_else_is_no_directive(string fragment) => Assert.Empty(TextDirective.Parse(fragment));

    [Theory]
    [InlineData("section-2:~:text=x", "section-2")]
    [InlineData(":~:text=x", "")]
    [InlineData("plain", "plain")]
    public void The_element_part_is_what_comes_before_the_directive(string fragment, string element) =>
        Assert.Equal(element, TextDirective.ElementPart(fragment));

    [Theory]
    [InlineData("Japan remains a key partner.", ":~:text=key%20partner", true)]
    [InlineData("Japan remains a key partner.", ":~:text=pan", false)]
    [InlineData("Japan remains a key partner.", ":~:text=KEY%20PARTNER", true)]
    [InlineData("Japan remains a key partner.", ":~:text=Japan,partner", true)]
    [InlineData("Japan remains a key partner.", ":~:text=partner,Japan", false)]
    [InlineData("Japan remains a key partner.", ":~:text=a-,key,-partner", true)]
    [InlineData("Japan remains a key partner.", ":~:text=the-,key", false)]
    [InlineData("日本は中央アジアの重要なパートナーです。", ":~:text=中央アジア", true)]
    [InlineData("日本は中央アジアの重要なパートナーです。", ":~:text=中央アジア,パートナー", true)]
    [InlineData("日本は中央アジアの重要なパートナーです。", ":~:text=南アジア", false)]
    [InlineData("Вопросы привлечения инвестиций обсуждены", ":~:text=привлечения,обсуждены", true)]
    [InlineData("Вопросы привлечения инвестиций обсуждены", ":~:text=влечения", false)]
    public void A_passage_is_found_on_whole_words_except_in_Chinese_and_Japanese(string page, string fragment, bool found)
    {
        var text = new PageText(QuoteText.Normalise(page), new HashSet<string>());

        Assert.Equal(found, Assert.Single(TextDirective.Parse(fragment)).IsOn(text));
    }
}
