using CsCheck;
using Dossier.Site;

namespace Dossier.Tests.Markdown;

/// <summary>Links to the quoted words: <c>#:~:text=</c> with the directive's own syntax characters percent-encoded.</summary>
public sealed class TextFragmentTests
{
    [Theory]
    [InlineData("https://a.example/p", "Japan-Kazakhstan talks, & more", "https://a.example/p#:~:text=Japan%2DKazakhstan%20talks%2C%20%26%20more")]
    [InlineData("https://a.example/p#top", "x", "https://a.example/p#top:~:text=x")]
    [InlineData("https://a.example/p#:~:text=a", "b", "https://a.example/p#:~:text=a&text=b")]
    [InlineData("https://a.example/p", "Вопросы", "https://a.example/p#:~:text=%D0%92%D0%BE%D0%BF%D1%80%D0%BE%D1%81%D1%8B")]
    public void The_text_is_appended_as_a_directive(string url, string text, string expected) =>
        Assert.Equal(expected, TextFragment.Append(url, text));

    [Fact]
    public void Every_encoded_text_decodes_to_itself_and_holds_no_directive_syntax()
    {
        Gen.String.Sample(text =>
        {
            var encoded = TextFragment.Encode(text);
            Assert.Equal(text.Length == 0 ? "" : text, Uri.UnescapeDataString(encoded));
            Assert.DoesNotContain(encoded, c => c is '-' or '&' or ',' or '#' or ' ');
        }, iter: 2000);
    }
}
