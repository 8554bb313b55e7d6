using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Rendering;

/// <summary>
/// What readers see of verification, against reviewed files in Golden/: a note quoting its source's words (in the
/// source's language, linked to the words on the page), and sources recorded dead (archived copy first) or usurped
/// (never linked) in the notes, the bibliography and the source's page. Only those parts of the pages are compared,
/// so a change to the rest of the layout does not touch these files.
/// </summary>
public sealed class VerifiedNotesGoldenTests : IDisposable
{
    private readonly FixtureSite _site = FixtureSite.Named("small");

    public VerifiedNotesGoldenTests()
    {
        // Given the small fixture whose article quotes its sources per claim, one source recorded dead (with an archived
        // copy) and one usurped (without)
        _site.Edit("content/articles/steppe-notes.md",
            ("in 2020.[@ru-source]", "in 2020.[@ru-source, quote=\"Вопросы сотрудничества - обсуждены, «в том числе» & прочее\"]"),
            ("[@ru-source; @web-report]", "[@ru-source, quote=“обсуждены”; @web-report, p. 3, quote=\"Numbers, \\\"not\\\" words.\"]"));
        _site.Edit("content/citations/web-report.md", ("accessed: 2024-12-31", "accessed: 2024-12-31\nurl_status: dead\nchecked: 2026-11-20"));
        _site.Edit("content/citations/steppe-book.md", ("accessed: 2024-12-31", "accessed: 2024-12-31\nurl_status: usurped"));
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void The_notes_quote_their_sources_and_send_readers_to_the_words_or_the_archive() =>
        GoldenFile.AssertMatches("verified-notes.html", _site.ReadPart("articles/steppe-notes", "section.notes"));

    [Fact]
    public void The_bibliography_says_which_sources_are_dead_or_usurped_and_links_the_archive_first() =>
        GoldenFile.AssertMatches("verified-bibliography.html", _site.ReadPart("bibliography", "ul.bibliography"));

    [Fact]
    public void A_dead_sources_page_says_so_and_links_its_archived_copy_first() =>
        GoldenFile.AssertMatches("verified-source.html", _site.ReadPart("sources/web-report", "article"));

    public void Dispose() => _site.Dispose();
}
