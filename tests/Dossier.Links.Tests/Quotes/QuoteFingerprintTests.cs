using CsCheck;
using Dossier.Links.Quotes;

namespace Dossier.Links.Tests.Quotes;

/// <summary>The fingerprint of a quote's surroundings changes with the words next to it and with nothing else.</summary>
public sealed class QuoteFingerprintTests
{
    private const string Quote = "key partner for Central Asia";

    private static string? Of(string html, string quote = Quote) =>
        QuoteFingerprint.Of(PageReader.Read(System.Text.Encoding.UTF8.GetBytes(html), null), quote);

    [Fact]
    public void Markup_spacing_typography_and_case_do_not_change_it()
    {
        var plain = Of("<p>They said that Japan remains a key partner for Central Asia, and will stay one.</p>");

        Assert.NotNull(plain);
        Assert.Equal(plain, Of("<div><p>They   said that <b>Japan</b>\n remains a “key partner for Central Asia” — and will <i>stay</i> one!</p></div>"));
        Assert.Equal(plain, Of("<p>THEY SAID THAT JAPAN REMAINS A KEY\u00A0PARTNER FOR CENTRAL ASIA AND WILL STAY ONE</p>"));
    }

    [Fact]
    public void A_changed_word_next_to_the_quote_changes_it_and_a_change_far_away_does_not()
    {
        var words = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"w{i}"));
        var page = $"<p>{words} Japan remains a key partner for Central Asia {words}</p>";

        var original = Of(page);

        Assert.NotEqual(original, Of(page.Replace("w40 Japan", "w40 Not Japan", StringComparison.Ordinal)));
        Assert.NotEqual(original, Of(page.Replace("Asia w1 ", "Asia w1 not ", StringComparison.Ordinal)));
        // Twelve words each side are taken: the 13th before (w28) and after (w13) are outside.
        Assert.Equal(original, Of(page.Replace(" w28 w29", " changed w29", StringComparison.Ordinal)));
        Assert.Equal(original, Of(page.Replace("w12 w13 ", "w12 changed ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_quote_not_on_the_page_has_none_and_chinese_text_is_taken_character_by_character()
    {
        Assert.Null(Of("<p>Nothing of the kind.</p>"));
        // Each character is a word: the one just before counts, one further than twelve away does not.
        const string far = "東京で会議が開かれた。";
        var page = $"<p>{far}日本は中央アジアの重要なパートナーだ</p>";
        Assert.NotEqual(Of(page, "パートナー"), Of(page.Replace("重要な", "大切な", StringComparison.Ordinal), "パートナー"));
        Assert.Equal(Of(page, "パートナー"), Of(page.Replace("東京", "大阪", StringComparison.Ordinal), "パートナー"));
    }

    [Fact]
    public void It_names_its_method_and_is_the_same_for_the_same_text()
    {
        Gen.String[1, 60].Where(s => s.Trim().Length > 0 && !s.Any(char.IsSurrogate)).Sample(text =>
        {
            var page = new PageText(QuoteText.Normalise("before words " + text + " after words"), new HashSet<string>());
            var fingerprint = QuoteFingerprint.Of(page, text);
            if (QuoteText.Normalise(text).Length == 0)
            {
                return fingerprint is null;
            }

            return fingerprint is not null && fingerprint.StartsWith("w12:", StringComparison.Ordinal) && fingerprint.Length == 20
                && fingerprint == QuoteFingerprint.Of(page, text);
        });
    }
}
