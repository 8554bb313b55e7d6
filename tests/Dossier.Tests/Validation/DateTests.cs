using Dossier.Tests.Fixtures;
using Xunit;

namespace Dossier.Tests.Validation;

/// <summary>ISO 8601 dates, partial dates where allowed, and the rules that compare dates.</summary>
public sealed class DateTests
{
    /// <summary>content/citations/src.md with the given <c>accessed</c> (line 6, value at column 11) and optional <c>published</c> (line 7).</summary>
    private static string Citation(string accessed, string? published = null) => $"""
        ---
        title: Kazakh President visits Japan
        type: news
        publisher: The Astana Times
        url: https://astanatimes.com/2022/04/kazakh-president-japan/
        accessed: {accessed}
        {(published is null ? "" : $"published: {published}")}
        ---

        A news report on the [[action-plan]].

        """;

    [Theory]
    [InlineData("12.31.2024", "dates are written 2024-12-31 (ISO 8601); `12.31.2024` looks like month.day.year: write `2024-12-31`")]
    [InlineData("31.12.2024", "dates are written 2024-12-31 (ISO 8601); `31.12.2024` looks like day.month.year: write `2024-12-31`")]
    [InlineData("2024-13-01", "dates are written 2024-12-31 (ISO 8601)")]
    [InlineData("2024-02-30", "dates are written 2024-12-31 (ISO 8601)")]
    [InlineData("2023-02-29", "dates are written 2024-12-31 (ISO 8601)")]
    [InlineData("2024-1-5", "dates are written 2024-12-31 (ISO 8601)")]
    public void An_accessed_date_that_is_not_an_iso_date_is_reported_with_a_hint(string accessed, string hint)
    {
        // Given a citation accessed on a date that is not a valid ISO 8601 date
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation(accessed));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at and the hint says how to write it
        Assert.Equal(
            [
                $"content/citations/src.md:6:11: error: `accessed` is not a date: `{accessed}` [DOS007]",
                $"  hint: {hint}",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_leap_day_is_a_date()
    {
        // Given a citation accessed on 29 February of a leap year
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2024-02-29"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void A_partial_date_where_a_full_date_is_required_is_reported()
    {
        // Given an article dated only to the month
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/articles/analysis.md", """
            ---
            title: Kazakhstan and Japan
            date: 2024-12
            ---

            [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the value is pointed at
        Assert.Equal(
            [
                "content/articles/analysis.md:3:7: error: `date` is not a date: `2024-12` [DOS007]",
                "  hint: dates are written 2024-12-31 (ISO 8601)",
            ],
            diagnostics.Lines());
    }

    [Theory]
    [InlineData("1997")]
    [InlineData("2022-12")]
    [InlineData("2022-12-05")]
    public void A_partial_published_date_is_accepted(string published)
    {
        // Given a citation published in a year, a month or on a day
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2024-12-31", published));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void A_published_date_that_is_not_iso_is_reported_with_the_partial_date_hint()
    {
        // Given a citation published on a date written day-month-year with dashes
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2024-12-31", "20-04-2022"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the hint names all three partial forms
        Assert.Equal(
            [
                "content/citations/src.md:7:12: error: `published` is not a date: `20-04-2022` [DOS007]",
                "  hint: write a date as 2024-12-31, a month as 2024-12 or a year as 2024 (ISO 8601)",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void Partial_signed_and_period_dates_are_accepted()
    {
        // Given an agreement signed in a year whose period is given in months and years
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            signed: 2022
            period: {start: 2022-06, end: 2022}
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported (a period within one year is not reversed)
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void An_accessed_date_after_today_is_in_the_future()
    {
        // Given a citation accessed the day after the clock's date (2026-11-28)
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2026-11-29"));

        // When the dossier is checked at 2026-11-28 00:00 UTC (already 14:00 in UTC+14, the earliest time zone)
        var diagnostics = dossier.Check(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));

        // Then the date is reported
        Assert.Equal(
            [
                "content/citations/src.md:6:11: error: `accessed` is in the future: 2026-11-29 [DOS015]",
                "  hint: write the date you last opened the source",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_accessed_date_that_is_today_somewhere_on_earth_is_not_in_the_future()
    {
        // Given a citation accessed on 2026-11-29
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2026-11-29"));

        // When the dossier is checked at 2026-11-28 10:00 UTC, when it is already the 29th in UTC+14
        var diagnostics = dossier.Check(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void An_accessed_date_before_the_published_date_is_reported()
    {
        // Given a citation accessed before it was published
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2024-12-31", "2025-01-10"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then `accessed` is pointed at with both dates
        Assert.Equal(
            [
                "content/citations/src.md:6:11: error: `accessed` (2024-12-31) is before `published` (2025-01-10) [DOS016]",
                "  hint: a source cannot be read before it was published; check both dates",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_accessed_date_within_a_published_month_is_not_before_it()
    {
        // Given a citation published in December 2024 and accessed mid-December
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/citations/src.md", Citation("2024-12-15", "2024-12"));

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then nothing is reported
        Assert.Empty(diagnostics.Lines());
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_reported()
    {
        // Given an agreement whose period is reversed
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            signed: 2022-04
            period: {start: 2023, end: 2022}
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the period is pointed at
        Assert.Equal(
            [
                "content/agreements/action-plan.md:6:9: error: the period ends (2022) before it starts (2023) [DOS017]",
                "  hint: swap `start` and `end`",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void A_bad_date_inside_a_period_is_pointed_at()
    {
        // Given an agreement whose period ends in month 13
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            signed: 2022-04
            period: {start: 2022, end: 2023-13}
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the inner value is pointed at
        Assert.Equal(
            [
                "content/agreements/action-plan.md:6:28: error: `end` is not a date: `2023-13` [DOS007]",
                "  hint: write a date as 2024-12-31, a month as 2024-12 or a year as 2024 (ISO 8601)",
            ],
            diagnostics.Lines());
    }

    [Fact]
    public void An_unknown_key_inside_a_period_is_pointed_at()
    {
        // Given an agreement whose period says `ends`
        using var dossier = new TempDossier().MinimalValid();
        dossier.Write("content/agreements/action-plan.md", """
            ---
            title: Kazakhstan–Japan Action Plan 2022–2023
            kind: action-plan
            parties: [kazakhstan]
            period: {start: 2022, ends: 2023}
            ---

            An action plan between [[kazakhstan]] and Japan.[@src]

            """);

        // When the dossier is checked
        var diagnostics = dossier.Check();

        // Then the inner key is pointed at
        Assert.Equal(
            [
                "content/agreements/action-plan.md:5:23: error: unknown front-matter key `ends` [DOS004]",
                "  hint: did you mean `end`?",
            ],
            diagnostics.Lines());
    }
}
