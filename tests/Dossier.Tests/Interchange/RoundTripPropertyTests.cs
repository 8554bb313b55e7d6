using System.Text;
using CsCheck;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Interchange;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;
using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Interchange;

/// <summary>
/// Property: entries our writers write, our readers read back the same, for generated entries full of what each format
/// must escape (LaTeX's special characters, braces, dashes, Cyrillic and accented names, partial dates).
/// Text is generated single-spaced and trimmed, as every reader collapses whitespace.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.Char["abcdefxyzABCXYZéüçøЖжЯяҚқ0123456789"].Array[1, 8].Select(c => new string(c)),
        Pick("&", "%", "$", "#", "_", "{", "}", "\\", "~", "^", "--", "---", "-", "«Ц»", "\"q\"", "'", "[x]", "(y)", "a:b", "50%", "\\emph", "@"));

    private static readonly Gen<string> Text = Word.Array[1, 7].Select(words => string.Join(' ', words));

    private static readonly Gen<string> NameWord = Gen.Char["abcxyzÄÉÖüçЖжЯяł"].Array[1, 7].Select(c => char.ToUpperInvariant(c[0]) + new string(c[1..]));

    private static readonly Gen<string> Name = NameWord.Array[1, 3].Select(w => string.Join(' ', w));

    private static readonly Gen<PartialDate> Date = Gen.Int[1900, 2030].SelectMany(year => Gen.OneOf(
        Gen.Const(new PartialDate(year)),
        Gen.Int[1, 12].Select(m => new PartialDate(year, m)),
        Gen.Int[1, 12].SelectMany(m => Gen.Int[1, DateTime.DaysInMonth(year, m)].Select(d => new PartialDate(year, m, d)))));

    private static readonly Gen<string> Url = Gen.Char["abcz0189/-_.%?=&"].Array[0, 20].Select(c => "https://example.org/" + new string(c));

    private static readonly Gen<InterchangeEntry> Entry =
        Gen.Select(
            Gen.Select(Gen.Char["abcz"].Select(c => c.ToString()), Gen.Char["abz09-"].Array[0, 12].Select(c => new string(c)), (a, b) => a + b.TrimEnd('-')),
            Gen.Enum<CitationType>(),
            Text,
            OrNull(Text.Where(t => !t.StartsWith('[') && !t.EndsWith(']'))),
            Pick<string?>(null, "ru", "en", "de", "kk", "ro", "ja"),
            Text,
            Name.Array[0, 3])
        .SelectMany(e => Gen.Select(OrNull(Date), Url, OrNull(Date), OrNull(Url), OrNull(Gen.Char["0123456789abc./"].Array[1, 10].Select(c => "10.1234/" + new string(c))),
            (published, url, accessed, archive, doi) => new InterchangeEntry(e.Item1)
            {
                Type = e.Item2, Title = e.Item3, TitleEn = e.Item4, Language = e.Item5, Publisher = e.Item6, Authors = e.Item7,
                Published = published, Url = url, Accessed = accessed, ArchiveUrl = archive, Doi = doi,
            }));

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<string?> OrNull(Gen<string> gen) => Gen.Bool.SelectMany(b => b ? gen.Select(v => (string?)v) : Gen.Const((string?)null));

    private static Gen<PartialDate?> OrNull(Gen<PartialDate> gen) => Gen.Bool.SelectMany(b => b ? gen.Select(v => (PartialDate?)v) : Gen.Const((PartialDate?)null));

    [Fact]
    [Trait("Kind", "property")]
    public void BibTeX_written_by_us_reads_back_the_same() =>
        Entry.Array[1, 4].Sample(entries =>
        {
            var text = BibTeXWriter.Write(entries);
            AssertSame(entries, BibTeXReader.Read("x.bib", text, NoDiagnostics()), text);
        }, iter: FuzzScale.Of(2000));

    [Fact]
    [Trait("Kind", "property")]
    public void RIS_written_by_us_reads_back_the_same() =>
        Entry.Array[1, 4].Sample(entries =>
        {
            var text = RisWriter.Write(entries);
            // RIS has no tag for an archived copy: it is not written.
            AssertSame(entries.Select(e => e with { ArchiveUrl = null }).ToArray(), RisReader.Read("x.ris", text, NoDiagnostics()), text);
        }, iter: FuzzScale.Of(2000));

    [Fact]
    [Trait("Kind", "property")]
    public void CSL_JSON_written_by_us_reads_back_the_same() =>
        Entry.Array[1, 4].Sample(entries =>
        {
            var text = Encoding.UTF8.GetString(CslJsonWriter.Write(entries));
            AssertSame(entries, CslJsonReader.Read("x.json", text, NoDiagnostics()), text);
        }, iter: FuzzScale.Of(2000));

    [Fact]
    [Trait("Kind", "property")]
    public void The_whole_file_joined_from_each_entrys_file_is_what_the_writer_writes_for_the_list() =>
        Entry.Array[0, 4].Sample(entries =>
        {
            foreach (var format in Enum.GetValues<InterchangeFormat>())
            {
                var (whole, each) = BibliographyDownloads.Files(format, entries);
                Assert.Equal(BibliographyDownloads.Write(format, entries), whole);
                Assert.Equal(entries.Select(e => BibliographyDownloads.Write(format, [e])), each);
            }
        }, iter: FuzzScale.Of(500));

    [Fact]
    [Trait("Kind", "property")]
    public void Any_text_reads_or_is_reported_never_throws()
    {
        var noise = Gen.OneOf(Gen.String, Gen.Char["@{}()\"#=,\\ \nabTY -ER[]:0129"].Array[0, 200].Select(c => new string(c)));
        noise.Sample(text =>
        {
            foreach (var format in Enum.GetValues<InterchangeFormat>())
            {
                var sink = new DiagnosticBag();
                InterchangeFile.Read(format, "x", text, sink);
                var lines = text.Split('\n').Length;
                Assert.All(sink.Sorted(), d => Assert.InRange(d.Span.Line, 1, lines));
            }
        }, iter: FuzzScale.Of(3000));
    }

    private static void AssertSame(IReadOnlyList<InterchangeEntry> written, IReadOnlyList<InterchangeEntry> read, string text)
    {
        Assert.True(written.Count == read.Count, text);
        for (var i = 0; i < written.Count; i++)
        {
            Assert.True(written[i].SameSourceAs(read[i]), $"written:\n{Describe(written[i])}\nread:\n{Describe(read[i])}\nas:\n{text}");
        }
    }

    private static string Describe(InterchangeEntry e) =>
        $"{e.Key}|{e.Type}|{e.Title}|{e.TitleEn}|{e.Language}|{e.Publisher}|{string.Join(";", e.Authors)}|{e.Published}|{e.Url}|{e.Accessed}|{e.ArchiveUrl}|{e.Doi}";

    private static FailingSink NoDiagnostics() => new();

    private sealed class FailingSink : IDiagnosticSink
    {
        public void Report(Diagnostic diagnostic) => Assert.Fail($"unexpected diagnostic: {diagnostic}");
    }
}
