using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Interchange;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;

namespace Dossier.Tests.Interchange;

/// <summary>What each reader makes of the features of its format, one feature a case.</summary>
public sealed class ReaderTests
{
    [Theory]
    [InlineData(@"M\""{u}ller", "Müller")]
    [InlineData(@"M\""uller", "Müller")]
    [InlineData(@"{\""u}ber", "über")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Fran\c cois", "François")]
    [InlineData(@"\'Emile and \'{e}t\'e", "Émile and été")]
    [InlineData(@"na\""{\i}ve", "naïve")]
    [InlineData(@"\v{S}koda \u{g} \H{o} \k{a} \r{a} \=a \.z \~n \^o \`a", "Škoda ğ ő ą å ā ż ñ ô à")]
    [InlineData(@"Stra\ss{}e \o{} \AE{} \l{}x \o x", "Straße ø Æ łx øx")]
    [InlineData(@"Research \& Development: 50\% \$ \# \_", "Research & Development: 50% $ # _")]
    [InlineData(@"pages 1--20 --- a dash", "pages 1–20 — a dash")]
    [InlineData(@"The {Central Asian} {{NATO}} \emph{policy}", "The Central Asian NATO policy")]
    [InlineData("Встреча министров {Японии}", "Встреча министров Японии")]
    [InlineData("two\n   lines~here", "two lines here")]
    [InlineData(@"\textbackslash{} \textasciitilde{}", @"\ ~")]
    public void LaTeX_in_a_value_becomes_unicode_text(string latex, string text) => Assert.Equal(text, LatexText.Decode(latex));

    [Fact]
    public void Macros_concatenation_nested_braces_quotes_and_months_are_read()
    {
        var entry = ReadOne("""
            @string{pub = "Central Asia-Caucasus Institute"}
            @string{ prefix = {Silk Road} }
            @comment{ @online{not, title = {an entry inside a comment}} }
            Text between entries is a comment too.
            @book{key1,
              title = prefix # " Diplomacy: {Japan {and} Central Asia}",
              publisher = pub,
              year = 2008, month = sep,
              url = "https://example.org/{x}",
              urldate = {2024-12-31}
            }
            """);
        Assert.Equal("Silk Road Diplomacy: Japan and Central Asia", entry.Title);
        Assert.Equal("Central Asia-Caucasus Institute", entry.Publisher);
        Assert.Equal(new PartialDate(2008, 9), entry.Published);
        Assert.Equal(CitationType.Book, entry.Type);
    }

    [Fact]
    public void Entries_in_parentheses_and_plain_BibTeX_from_Zotero_are_read()
    {
        var entry = ReadOne("""
            @misc(zotero2022,
              title = {{Japan} and {Kazakhstan}},
              howpublished = {\url{https://example.org/page}},
              journal = {Astana Times},
              author = {Doe, Jane and John Smith and {Ministry of Foreign Affairs}},
              year = {2022},
              month = {4},
              note = {Accessed: 2024-12-31}
            )
            """);
        Assert.Equal("https://example.org/page", entry.Url);
        Assert.Equal("Astana Times", entry.Publisher);
        Assert.Equal(["Jane Doe", "John Smith", "Ministry of Foreign Affairs"], entry.Authors);
        Assert.Equal(new PartialDate(2022, 4), entry.Published);
        Assert.Contains(entry.Unmodelled, f => f is { Name: "note", Value: "Accessed: 2024-12-31" });
    }

    [Fact]
    public void RIS_repeated_authors_dates_and_continuation_lines_are_read()
    {
        var sink = new DiagnosticBag();
        var entries = RisReader.Read("x.ris", "TY  - JOUR\nAU  - Abe, Shinzo\nA1  - Kishida, Fumio\nTI  - A long title\nwrapped here\nJO  - Journal\nY1  - 2015/10/27/conference\nUR  - https://example.org/j\nER  - \n", sink);
        Assert.Empty(sink.Sorted());
        var entry = Assert.Single(entries);
        Assert.Equal(["Shinzo Abe", "Fumio Kishida"], entry.Authors);
        Assert.Equal("A long title wrapped here", entry.Title);
        Assert.Equal(new PartialDate(2015, 10, 27), entry.Published);
        Assert.Equal(CitationType.Journal, entry.Type);
    }

    [Fact]
    public void CSL_JSON_date_parts_names_and_container_are_read()
    {
        var sink = new DiagnosticBag();
        var entries = CslJsonReader.Read("x.json", """
            [{"id": "a", "type": "article-journal", "title": "T", "container-title": "J",
              "author": [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}, {"literal": "UNESCO"}],
              "issued": {"date-parts": [[1997]]}, "accessed": {"date-parts": [["2024", "2", "29"]]}, "URL": "https://example.org", "volume": 3}]
            """, sink);
        Assert.Empty(sink.Sorted());
        var entry = Assert.Single(entries);
        Assert.Equal(["Ludwig van Beethoven", "UNESCO"], entry.Authors);
        Assert.Equal(new PartialDate(1997), entry.Published);
        Assert.Equal(new PartialDate(2024, 2, 29), entry.Accessed);
        Assert.Equal("J", entry.Publisher);
        Assert.Contains(entry.Unmodelled, f => f is { Name: "volume", Value: "3" });
    }

    [Theory]
    [InlineData("refs.bib", "@online{a, title = {T}", "refs.bib:1:8", "DOS040")]
    [InlineData("refs.bib", "@online{a,\n  title = {T {nested},\n  url = {https://x.org}\n}\n@online{b, title = {U}}\n", "refs.bib:2:3", "DOS040")]
    [InlineData("refs.bib", "@online{a, title = {T}, year = {20x2}}", "refs.bib:1:25", "DOS041")]
    [InlineData("refs.bib", "@online{a, title = undefinedmacro}", "refs.bib:1:20", "DOS040")]
    [InlineData("refs.ris", "TY  - ELEC\nTI  - T\nPY  - sometime\nER  - \n", "refs.ris:3:7", "DOS041")]
    [InlineData("refs.ris", "TY  - ELEC\nTI  - T\n", "refs.ris:1:1", "DOS040")]
    [InlineData("refs.json", "[{\"id\": \"a\", \"type\": \"webpage\",\n \"title\": \"T\" \"URL\": 1}]", "refs.json:2:15", "DOS040")]
    [InlineData("refs.json", "[{\"id\": \"a\", \"type\": \"webpage\", \"issued\": {\"date-parts\": [[2022, 13]]}}]", "refs.json:1:1", "DOS041")]
    public void Malformed_input_is_a_diagnostic_at_its_line(string path, string text, string at, string code)
    {
        var sink = new DiagnosticBag();
        InterchangeFile.Read(InterchangeFile.Detect(path, text), path, text, sink);
        var diagnostic = Assert.Single(sink.Sorted());
        Assert.Equal(code, diagnostic.Code.Id);
        Assert.Equal(at, diagnostic.Span.ToString());
    }

    private static InterchangeEntry ReadOne(string bib)
    {
        var sink = new DiagnosticBag();
        var entries = BibTeXReader.Read("x.bib", bib, sink);
        Assert.Empty(sink.Sorted());
        return Assert.Single(entries);
    }
}
