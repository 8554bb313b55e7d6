using CsCheck;
using Dossier.Markdown;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Markdown;

/// <summary>Text written piece by piece into a buffer is the text written whole, squeezed when asked, wherever it is cut.</summary>
public sealed class PlainTextBufferTests
{
    private static readonly Gen<string> Piece = Gen.String[Gen.Char["ab \t\n\u00a0\u2003.é"], 0, 700];

    [Fact]
    [Trait("Kind", "property")]
    public void Pieces_written_one_after_another_read_as_the_whole_text_squeezed_or_not()
    {
        Gen.Select(Piece.Array[0, 8], Gen.Bool).Sample((pieces, squeeze) =>
        {
            // Given a buffer, and pieces of text with runs of white space across their cuts (some longer than the buffer)
            using var text = new PlainTextBuffer(squeeze);

            // When each is written in turn
            foreach (var piece in pieces)
            {
                text.Append(piece);
            }

            // Then it holds the whole text, squeezed as PlainText.Squeeze squeezes it when asked
            var whole = string.Concat(pieces);
            Assert.Equal(squeeze ? PlainText.Squeeze(whole) : whole, text.ToString());
            Assert.Equal(text.ToString().Length, text.Length);
        }, iter: FuzzScale.Of(3000));
    }

    [Fact]
    public void Cleared_it_starts_again_with_no_pending_space()
    {
        using var text = new PlainTextBuffer(squeeze: true);
        text.Append("a  ");
        text.Clear();
        text.Append("b");
        Assert.Equal("b", text.ToString());
    }

    [Fact]
    public void A_space_pending_when_the_array_is_nearly_full_still_fits()
    {
        // Given a squeezed text one space short of a power of two, with a space pending
        using var text = new PlainTextBuffer(squeeze: true);
        var start = new string('a', 1022);
        text.Append(start + " ");

        // When a word that fills the array without the space is written
        text.Append("bb");

        // Then the space and the word are both there
        Assert.Equal(start + " bb", text.ToString());
    }
}
