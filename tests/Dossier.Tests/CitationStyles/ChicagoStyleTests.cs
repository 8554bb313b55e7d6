using System.Globalization;
using Dossier.CitationStyles;
using Dossier.Content;
using Xunit;

namespace Dossier.Tests.CitationStyles;

public sealed class ChicagoStyleTests
{
    private readonly ChicagoStyle _style = new();

    public static TheoryData<string, string> SeedNotes => new()
    {
        { "astana-times-2022-kazakh-president-japan", "“Kazakh President Discusses Expansion of Economic Cooperation with Minister of Foreign Affairs of Japan,” Astana Times, April 2022, https://astanatimes.com/2022/04/kazakh-president-discusses-expansion-of-economic-cooperation-with-minister-of-foreign-affairs-of-japan/, accessed December 31, 2024." },
        { "avesta-2023-intergovernmental-commission", "“Вопросы привлечения инвестиций обсуждены в ходе заседания таджикско-японской Межправкомиссии” [Issues of attracting investment discussed at a meeting of the Tajik–Japanese Intergovernmental Commission], Avesta, March 14, 2023, https://avesta.tj/2023/03/14/strong-voprosy-privlecheniya-investitsij-obsuzhdeny-v-hode-zasedaniya-tadzhiksko-yaponskoj-mezhpravkomissii-strong/, accessed December 31, 2024." },
        { "carnegie-2022-japan-central-asia", "“Japan in Central Asia: Declining Partner or Key Player?” Carnegie Endowment, February 24, 2022, https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-declining-partner-or-key-player-event-7821, accessed December 31, 2024." },
        { "diplomat-2015-abe-central-asia", "“What did Abe Accomplish in Central Asia,” The Diplomat, October 2015, https://thediplomat.com/2015/10/what-did-abe-accomplish-in-central-asia/, accessed December 31, 2024." },
        { "eurasian-research-15-years-dialogue", "“Japan’s Engagement with Central Asia: 15 Years of the Dialogue,” Eurasian Research, https://www.eurasian-research.org/publication/japans-engagement-with-central-asia-15-years-of-the-dialogue/, accessed December 31, 2024." },
        { "jica-tajikistan-office", "“Japan International Cooperation Agency (JICA) in Tajikistan,” JICA, https://www.jica.go.jp/tajikistan/english/office/about/about.html, accessed December 31, 2024." },
        { "mofa-japan-tajikistan-foreign-ministers", "“Japan-Tajikistan Foreign Ministers’ Meeting,” MOFA, https://www.mofa.go.jp/press/release/press4e_003200.html, accessed December 31, 2024." },
        { "nca-2022-japan-central-asia-partnership", "“Japan and Central Asia: Dynamics of the Current Partnership,” News Central Asia, December 21, 2022, https://www.newscentralasia.net/2022/12/21/japan-and-central-asia-dynamics-of-the-current-partnership/, accessed December 31, 2024." },
        { "silk-road-studies-2008-silk-road-diplomacy", "Japan’s Silk Road Diplomacy Paving the Road Ahead, Silk Road Studies, December 2008, https://www.silkroadstudies.org/resources/pdf/Monographs/2008_12_BOOK_Len-Tomohiko-Tetsuya_Japan-Silk-Road-Diplomacy.pdf, accessed December 31, 2024." },
        { "zemin-turkmen-entrepreneurs-japan", "“Turkmen Entrepreneurs Visited Japan in order to Expand Business Contacts and Exchange Experience,” Zemin, https://www.yerzemin.com/display/turkmen-entrepreneurs-visited-japan-in-order-to-expand-business-contacts-and-exchange-experience/227649, accessed December 31, 2024." },
    };

    public static TheoryData<string, string> SeedBibliography => new()
    {
        { "astana-times-2022-kazakh-president-japan", "Astana Times. “Kazakh President Discusses Expansion of Economic Cooperation with Minister of Foreign Affairs of Japan.” April 2022. Accessed December 31, 2024. https://astanatimes.com/2022/04/kazakh-president-discusses-expansion-of-economic-cooperation-with-minister-of-foreign-affairs-of-japan/." },
        { "avesta-2023-intergovernmental-commission", "Avesta. “Вопросы привлечения инвестиций обсуждены в ходе заседания таджикско-японской Межправкомиссии” [Issues of attracting investment discussed at a meeting of the Tajik–Japanese Intergovernmental Commission]. March 14, 2023. Accessed December 31, 2024. https://avesta.tj/2023/03/14/strong-voprosy-privlecheniya-investitsij-obsuzhdeny-v-hode-zasedaniya-tadzhiksko-yaponskoj-mezhpravkomissii-strong/." },
        { "carnegie-2022-japan-central-asia", "Carnegie Endowment. “Japan in Central Asia: Declining Partner or Key Player?” February 24, 2022. Accessed December 31, 2024. https://carnegiemoscow.org/2022/02/24/japan-in-central-asia-declining-partner-or-key-player-event-7821." },
        { "diplomat-2015-abe-central-asia", "The Diplomat. “What did Abe Accomplish in Central Asia.” October 2015. Accessed December 31, 2024. https://thediplomat.com/2015/10/what-did-abe-accomplish-in-central-asia/." },
        { "eurasian-research-15-years-dialogue", "Eurasian Research. “Japan’s Engagement with Central Asia: 15 Years of the Dialogue.” Accessed December 31, 2024. https://www.eurasian-research.org/publication/japans-engagement-with-central-asia-15-years-of-the-dialogue/." },
        { "jica-tajikistan-office", "JICA. “Japan International Cooperation Agency (JICA) in Tajikistan.” Accessed December 31, 2024. https://www.jica.go.jp/tajikistan/english/office/about/about.html." },
        { "mofa-japan-tajikistan-foreign-ministers", "MOFA. “Japan-Tajikistan Foreign Ministers’ Meeting.” Accessed December 31, 2024. https://www.mofa.go.jp/press/release/press4e_003200.html." },
        { "nca-2022-japan-central-asia-partnership", "News Central Asia. “Japan and Central Asia: Dynamics of the Current Partnership.” December 21, 2022. Accessed December 31, 2024. https://www.newscentralasia.net/2022/12/21/japan-and-central-asia-dynamics-of-the-current-partnership/." },
        { "silk-road-studies-2008-silk-road-diplomacy", "Silk Road Studies. Japan’s Silk Road Diplomacy Paving the Road Ahead. December 2008. Accessed December 31, 2024. https://www.silkroadstudies.org/resources/pdf/Monographs/2008_12_BOOK_Len-Tomohiko-Tetsuya_Japan-Silk-Road-Diplomacy.pdf." },
        { "zemin-turkmen-entrepreneurs-japan", "Zemin. “Turkmen Entrepreneurs Visited Japan in order to Expand Business Contacts and Exchange Experience.” Accessed December 31, 2024. https://www.yerzemin.com/display/turkmen-entrepreneurs-visited-japan-in-order-to-expand-business-contacts-and-exchange-experience/227649." },
    };

    [Theory]
    [MemberData(nameof(SeedNotes))]
    public void Note_of_each_bundled_source(string id, string expected)
    {
        // Given a bundled source
        var citation = SeedCitations.Get(id);

        // When it is cited for the first time, without a locator
        var note = _style.Note(citation, locator: null);

        // Then the full note is Chicago's
        Assert.Equal(expected, note.ToPlainText());
    }

    [Theory]
    [MemberData(nameof(SeedBibliography))]
    public void Bibliography_entry_of_each_bundled_source(string id, string expected)
    {
        // Given a bundled source
        var citation = SeedCitations.Get(id);

        // When it is listed in the bibliography
        var entry = _style.BibliographyEntry(citation);

        // Then the entry is Chicago's, the publisher standing in for the missing author
        Assert.Equal(expected, entry.ToPlainText());
    }

    [Fact]
    public void Russian_title_carries_its_language_and_is_followed_by_the_translation_in_brackets()
    {
        // Given a Russian source with an English translation of its title
        var citation = SeedCitations.Get("avesta-2023-intergovernmental-commission");

        // When its note is formatted
        var note = _style.Note(citation, locator: null);

        // Then only the title run is Russian, the quotation marks and translation are English, and the URL is a link
        var title = Assert.Single(note.Runs, r => r.Language is not null);
        Assert.Equal("ru", title.Language);
        Assert.Equal(citation.Title, title.Text);
        Assert.StartsWith($"“<span lang=\"ru\">{citation.Title}</span>” [Issues of attracting investment", note.ToHtml());
        Assert.Contains($"<a href=\"{citation.Url}\" data-versiondate=\"2024-12-31\">{citation.Url}</a>, accessed December 31, 2024.", note.ToHtml());
        Assert.Single(note.Runs, r => r.Href == citation.Url && r.Text == citation.Url);
    }

    [Fact]
    public void Pdf_title_is_italic_and_renders_as_cite()
    {
        // Given a PDF monograph
        var citation = SeedCitations.Get("silk-road-studies-2008-silk-road-diplomacy");

        // When its note and bibliography entry are rendered as HTML
        var note = _style.Note(citation, locator: null).ToHtml();
        var entry = _style.BibliographyEntry(citation).ToHtml();

        // Then the title is a <cite>, with the punctuation after it outside
        Assert.StartsWith("<cite>Japan’s Silk Road Diplomacy Paving the Road Ahead</cite>, Silk Road Studies, December 2008, ", note);
        Assert.StartsWith("Silk Road Studies. <cite>Japan’s Silk Road Diplomacy Paving the Road Ahead</cite>. December 2008. ", entry);
    }

    [Theory]
    [InlineData("avesta-2023-intergovernmental-commission", "Commission], Avesta, March 14, 2023, p. 12, https://avesta.tj/")]
    [InlineData("mofa-japan-tajikistan-foreign-ministers", "Meeting,” MOFA, p. 12, https://www.mofa.go.jp/")]
    [InlineData("silk-road-studies-2008-silk-road-diplomacy", "Ahead, Silk Road Studies, December 2008, p. 12, https://www.silkroadstudies.org/")]
    public void Locator_follows_the_publication_facts_and_precedes_the_url(string id, string expected)
    {
        // Given a source cited at a page
        var citation = SeedCitations.Get(id);

        // When its note is formatted
        var note = _style.Note(citation, "p. 12").ToPlainText();

        // Then the locator sits after the publisher and date, before the URL and access date
        Assert.Contains(expected, note);
        Assert.EndsWith(", accessed December 31, 2024.", note);
    }

    [Theory]
    [InlineData(new[] { "Timur Dadabaev" },
        "Timur Dadabaev, “Japan’s Central Asia Policy,” ", "Dadabaev, “Japan’s Central Asia Policy,” 7.", "Dadabaev, Timur. “Japan’s Central Asia Policy.” The Diplomat, ")]
    [InlineData(new[] { "Timur Dadabaev", "Akio Takahara" },
        "Timur Dadabaev and Akio Takahara, “", "Dadabaev and Takahara, “", "Dadabaev, Timur, and Akio Takahara. “")]
    [InlineData(new[] { "Timur Dadabaev", "Akio Takahara", "Christopher Len" },
        "Timur Dadabaev, Akio Takahara, and Christopher Len, “", "Dadabaev, Takahara, and Len, “", "Dadabaev, Timur, Akio Takahara, and Christopher Len. “")]
    [InlineData(new[] { "Timur Dadabaev", "Akio Takahara", "Christopher Len", "Uyama Tomohiko" },
        "Timur Dadabaev et al., “", "Dadabaev et al., “", "Dadabaev, Timur, Akio Takahara, Christopher Len, and Uyama Tomohiko. “")]
    [InlineData(new[] { "van der Berg, Anna" },
        "Anna van der Berg, “", "van der Berg, “", "van der Berg, Anna. “")]
    public void Authors_are_listed_in_notes_short_notes_and_bibliography(string[] authors, string note, string shortNote, string entry)
    {
        // Given a news article by one to four authors
        var citation = SeedCitations.Make("dadabaev", "Japan’s Central Asia Policy", CitationType.News, "The Diplomat", "2019-05", "https://example.org/a")
            with { Authors = authors };

        // When its note, short note (at page 7) and bibliography entry are formatted
        // Then notes name up to three authors in the order given, the bibliography inverts the first
        Assert.StartsWith(note, _style.Note(citation, null).ToPlainText());
        Assert.StartsWith(shortNote, _style.ShortNote(citation, "7").ToPlainText());
        Assert.StartsWith(entry, _style.BibliographyEntry(citation).ToPlainText());
        Assert.Contains("The Diplomat, May 2019. Accessed", _style.BibliographyEntry(citation).ToPlainText());
    }

    [Fact]
    public void Bibliography_with_more_than_ten_authors_lists_seven_and_et_al()
    {
        // Given a report by eleven authors
        var authors = Enumerable.Range(1, 11).Select(i => $"Given{i} Surname{i}").ToArray();
        var citation = SeedCitations.Make("many", "Big Report", CitationType.Report, "JICA", "2020", "https://example.org/r") with { Authors = authors };

        // When it is listed in the bibliography
        var entry = _style.BibliographyEntry(citation).ToPlainText();

        // Then the first seven are named and "et al." takes the place of the rest
        Assert.StartsWith("Surname1, Given1, Given2 Surname2, Given3 Surname3, Given4 Surname4, Given5 Surname5, Given6 Surname6, Given7 Surname7, et al. Big Report. JICA, 2020. ", entry);
    }

    [Theory]
    [InlineData("diplomat-2015-abe-central-asia", null, "“What did Abe Accomplish.”")]
    [InlineData("diplomat-2015-abe-central-asia", "p. 12", "“What did Abe Accomplish,” p. 12.")]
    [InlineData("carnegie-2022-japan-central-asia", null, "“Japan in Central Asia.”")]
    [InlineData("mofa-japan-tajikistan-foreign-ministers", "para. 3", "“Japan-Tajikistan Foreign Ministers’ Meeting,” para. 3.")]
    [InlineData("silk-road-studies-2008-silk-road-diplomacy", "45", "Japan’s Silk Road Diplomacy, 45.")]
    [InlineData("avesta-2023-intergovernmental-commission", null, "“Вопросы привлечения инвестиций обсуждены.”")]
    [InlineData("zemin-turkmen-entrepreneurs-japan", null, "“Turkmen Entrepreneurs Visited Japan.”")]
    public void Short_note_without_authors_is_the_short_title(string id, string? locator, string expected)
    {
        // Given a bundled source with no authors
        var citation = SeedCitations.Get(id);

        // When it is cited again in the same document
        var shortNote = _style.ShortNote(citation, locator);

        // Then the note is its first four words (no subtitle, no translation), and the locator
        Assert.Equal(expected, shortNote.ToPlainText());
    }

    [Fact]
    public void Short_note_keeps_the_language_and_italics_of_the_title()
    {
        // Given a Russian news title and an italic PDF title
        var russian = _style.ShortNote(SeedCitations.Get("avesta-2023-intergovernmental-commission"), null);
        var pdf = _style.ShortNote(SeedCitations.Get("silk-road-studies-2008-silk-road-diplomacy"), null);

        // When they are rendered as HTML
        // Then the short title keeps its lang and its <cite>
        Assert.Equal("“<span lang=\"ru\">Вопросы привлечения инвестиций обсуждены</span>.”", russian.ToHtml());
        Assert.Equal("<cite>Japan’s Silk Road Diplomacy</cite>.", pdf.ToHtml());
    }

    [Theory]
    [InlineData("The Great Game in Central Asia Revisited", "Abe, “Great Game in Central,” 3.")]
    [InlineData("A New Silk Road for Japan", "Abe, “New Silk Road,” 3.")]
    [InlineData("Who Needs Japan? A Central Asian View", "Abe, “Who Needs Japan?” 3.")]
    [InlineData("Who Needs Japan?", "Abe, “Who Needs Japan?” 3.")]
    public void Short_note_with_an_author_is_the_surname_and_short_title(string title, string expected)
    {
        // Given a news article by one author
        var citation = SeedCitations.Make("abe", title, CitationType.News, "The Diplomat", null, "https://example.org/abe")
            with { Authors = ["Shinzo Abe"] };

        // When it is cited again at page 3
        var shortNote = _style.ShortNote(citation, "3");

        // Then the leading article, trailing small words and subtitle are dropped, and no comma follows a question mark
        Assert.Equal(expected, shortNote.ToPlainText());
    }

    [Fact]
    public void Title_ending_in_a_question_mark_takes_no_comma_or_period()
    {
        // Given a title that ends with a question mark
        var citation = SeedCitations.Make("q", "Who Needs Japan?", CitationType.Web, "Carnegie Endowment", null, "https://example.org/q");

        // When its note, short note and bibliography entry are formatted
        // Then the question mark stands in for the comma and the period
        Assert.Equal("“Who Needs Japan?” Carnegie Endowment, https://example.org/q, accessed December 31, 2024.", _style.Note(citation, null).ToPlainText());
        Assert.Equal("“Who Needs Japan?”", _style.ShortNote(citation, null).ToPlainText());
        Assert.Equal("Carnegie Endowment. “Who Needs Japan?” Accessed December 31, 2024. https://example.org/q.", _style.BibliographyEntry(citation).ToPlainText());
    }

    [Theory]
    [InlineData("2008", "2008")]
    [InlineData("2015-10", "October 2015")]
    [InlineData("2023-03-14", "March 14, 2023")]
    [InlineData("2024-01-05", "January 5, 2024")]
    public void Partial_published_dates_are_written_in_full_english(string published, string expected)
    {
        // Given a source published on a partial date
        var citation = SeedCitations.Make("d", "Title", CitationType.Report, "JICA", published, "https://example.org/d");

        // When its note and bibliography entry are formatted
        // Then the date appears as Chicago writes it
        Assert.Equal($"Title, JICA, {expected}, https://example.org/d, accessed December 31, 2024.", _style.Note(citation, null).ToPlainText());
        Assert.Equal($"JICA. Title. {expected}. Accessed December 31, 2024. https://example.org/d.", _style.BibliographyEntry(citation).ToPlainText());
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("de-DE")]
    [InlineData("ja-JP")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        // Given the output under the invariant culture
        var citation = SeedCitations.Get("avesta-2023-intergovernmental-commission");
        var expected = Format(CultureInfo.InvariantCulture);

        // When the machine's culture is another
        var actual = Format(CultureInfo.GetCultureInfo(culture));

        // Then nothing changes
        Assert.Equal(expected, actual);
        Assert.Contains("March 14, 2023", actual);
        Assert.Contains("Accessed December 31, 2024.", actual);

        string Format(CultureInfo current)
        {
            var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, current);
                return string.Join("\n", _style.Note(citation, "p. 1").ToHtml(), _style.ShortNote(citation, "p. 2").ToHtml(),
                    _style.BibliographyEntry(citation).ToHtml(), _style.SortKey(citation));
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
            }
        }
    }

    [Fact]
    public void Html_is_encoded()
    {
        // Given a title, publisher and URL with markup in them
        var citation = SeedCitations.Make("x", "<script>alert(\"x\")</script> & Co", CitationType.Web, "<b>Bad</b>", null, "https://example.org/?a=1&b=\"2\"");

        // When the note and bibliography entry are rendered as HTML
        var note = _style.Note(citation, "<i>p. 1</i>").ToHtml();
        var entry = _style.BibliographyEntry(citation).ToHtml();

        // Then every piece of text is encoded, including the link target
        Assert.DoesNotContain("<script>", note + entry);
        Assert.DoesNotContain("<b>", note + entry);
        Assert.DoesNotContain("<i>", note);
        Assert.StartsWith("“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co,” &lt;b&gt;Bad&lt;/b&gt;, &lt;i&gt;p. 1&lt;/i&gt;, ", note);
        Assert.Contains("<a href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" data-versiondate=\"", note);
    }

    [Fact]
    public void The_link_carries_Robust_Links_attributes_from_the_archived_copy_and_the_access_date()
    {
        // Given a source with an archived copy whose address needs encoding
        var citation = SeedCitations.Get("avesta-2023-intergovernmental-commission") with { ArchiveUrl = "https://web.archive.org/web/2024/https://a.example/?x=1&y=\"2\"" };

        // When its note and bibliography entry are rendered
        var note = _style.Note(citation, locator: null).ToHtml();
        var entry = _style.BibliographyEntry(citation).ToHtml();

        // Then the link to the source names its archived copy and the day it was read (robustlinks.mementoweb.org)
        var link = $"<a href=\"{citation.Url}\" data-versionurl=\"https://web.archive.org/web/2024/https://a.example/?x=1&amp;y=&quot;2&quot;\" data-versiondate=\"2024-12-31\">";
        Assert.Contains(link, note, StringComparison.Ordinal);
        Assert.Contains(link, entry, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundled_sources_sort_by_publisher_ignoring_a_leading_article()
    {
        // Given the bundled sources in reverse order
        var citations = SeedCitations.All.Reverse();

        // When they are sorted by their keys
        var sorted = citations.OrderBy(_style.SortKey, ChicagoStyle.SortKeyComparer).Select(c => c.Publisher);

        // Then they are alphabetical by the element that starts each entry, "The Diplomat" under D
        Assert.Equal(
            ["Astana Times", "Avesta", "Carnegie Endowment", "The Diplomat", "Eurasian Research", "JICA", "MOFA", "News Central Asia", "Silk Road Studies", "Zemin"],
            sorted);
    }

    [Fact]
    public void Sort_keys_order_authors_then_titles_across_scripts_and_case()
    {
        // Given sources by Latin and Cyrillic authors, in either case, and two by the same author
        Citation By(string id, string author, string title) =>
            SeedCitations.Make(id, title, CitationType.News, "Avesta", null, "https://example.org/" + id) with { Authors = [author] };
        var citations = new[]
        {
            By("e2", "Ёлкин", "Второй"), By("a", "Фаррух абрамов", "Б"), By("e1", "Евдокимов", "А"),
            By("l", "Anna Smithson", "Z"), By("s2", "John Smith", "The Later One"), By("s1", "John Smith", "Earlier"),
            By("ab", "Абдуллаев", "В"), By("e3", "Ёлкин", "Альфа"),
        };

        // When they are sorted by their keys
        var sorted = citations.OrderBy(_style.SortKey, ChicagoStyle.SortKeyComparer).Select(c => c.Id);

        // Then surnames come first ("Smith" before "Smithson"), case and ё do not split the order, and titles break ties
        Assert.Equal(["s1", "s2", "l", "ab", "a", "e1", "e3", "e2"], sorted);
    }
}
