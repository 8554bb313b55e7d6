using CsCheck;
using Dossier.Content;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Content;

/// <summary>Property tests for the date parser: it accepts exactly the ISO forms and round-trips them.</summary>
public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1997", 1997, null, null)]
    [InlineData("2022-12", 2022, 12, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Iso_forms_parse(string text, int year, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(new PartialDate(year, month, day), date);
    }

    [Theory]
    [InlineData("12.31.2024")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("2024-1-5")]
    [InlineData("24-01-01")]
    [InlineData("")]
    [InlineData("2024-01-01T00:00")]
    [InlineData("２０２４")]
    public void Other_forms_do_not(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    [Trait("Kind", "property")]
    public void Any_string_either_parses_or_is_rejected_without_throwing()
    {
        Gen.String.Sample(text =>
        {
            if (PartialDate.TryParse(text, out var date))
            {
                Assert.Equal(text, date.ToString());
            }
        }, iter: FuzzScale.Of(20000));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Every_real_date_round_trips()
    {
        Gen.Date.Where(d => d.Year >= 1).Sample(d =>
        {
            var date = new PartialDate(d.Year, d.Month, d.Day);
            Assert.True(PartialDate.TryParse(date.ToString(), out var back));
            Assert.Equal(date, back);
            Assert.Equal(DateOnly.FromDateTime(d), back.ToDateOnly());
        }, iter: FuzzScale.Of(5000));
    }

    [Fact]
    [Trait("Kind", "property")]
    public void Document_ids_follow_the_rule()
    {
        Gen.String.Sample(text =>
        {
            var valid = text.Length is > 0 and <= 80 && text[0] is >= 'a' and <= 'z'
                && text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');
            Assert.Equal(valid, DocumentId.IsValid(text));
        }, iter: FuzzScale.Of(20000));
    }
}
