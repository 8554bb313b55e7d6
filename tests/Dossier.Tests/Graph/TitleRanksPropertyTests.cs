using System.Globalization;
using CsCheck;
using Dossier.Graph;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Graph;

/// <summary>Property: a stable sort by title rank orders exactly as a stable sort by the titles under invariant culture, ignoring case.</summary>
public sealed class TitleRanksPropertyTests
{
    private static readonly StringComparer TitleOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    // Letters that collate close together: case pairs, accents, Cyrillic look-alikes, punctuation and spaces.
    private static readonly Gen<string> Title = Gen.Char["aAbBeEéÉèçCcoOöÖ ёЁеЕаАЖж-’'.,:1 20"].Array[0, 8].Select(c => new string(c));

    [Fact]
    [Trait("Kind", "property")]
    public void Sorting_by_rank_is_sorting_by_title()
    {
        Title.Array[0, 40].Sample(titles =>
        {
            var ranks = new TitleRanks(titles);
            var byRank = titles.Select((t, i) => (t, i)).OrderBy(x => ranks.Of(x.t)).Select(x => x.i).ToList();
            var byTitle = titles.Select((t, i) => (t, i)).OrderBy(x => x.t, TitleOrder).Select(x => x.i).ToList();
            Assert.Equal(byTitle, byRank);
        }, iter: FuzzScale.Of(2000));
    }

    [Fact]
    public void Titles_equal_but_for_case_share_a_rank()
    {
        var ranks = new TitleRanks(["Kazakhstan", "KAZAKHSTAN", "Kyrgyzstan", "Ёлка", "ёлка"]);
        Assert.Equal(ranks.Of("Kazakhstan"), ranks.Of("KAZAKHSTAN"));
        Assert.Equal(ranks.Of("Ёлка"), ranks.Of("ёлка"));
        Assert.True(ranks.Of("Kazakhstan") < ranks.Of("Kyrgyzstan"));
    }
}
