using System.Runtime.CompilerServices;
using System.Text;
using Dossier.Build;
using Dossier.Collections;
using Dossier.Diagnostics;
using Dossier.Interchange.Import;
using Dossier.Tests.Fixtures;
using Dossier.Tests.Rendering;

namespace Dossier.Tests.Interchange;

/// <summary>
/// <c>dossier import</c> of hand-written files in the shape Zotero (and Better BibTeX) exports: the citation files it
/// writes are compared whole with reviewed golden files, pass <c>dossier check</c>, and a second import writes nothing.
/// </summary>
public sealed class ImportTests
{
    private static readonly ManualClock Today = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Exports() => ["zotero-better-biblatex.bib", "zotero-export.ris", "zotero-export.json"];

    [Theory]
    [MemberData(nameof(Exports))]
    public void An_export_becomes_the_reviewed_citation_files_which_pass_check(string export)
    {
        // Given the small fixture dossier and an export
        using var site = FixtureSite.Named("small");

        // When it is imported
        var result = CitationImport.Run(site.Root, FixturePath(export), dryRun: false, CollectionSet.BuiltIn, Today);

        // Then the files written are exactly the reviewed ones
        var written = new StringBuilder();
        foreach (var file in result.Written)
        {
            var text = File.ReadAllText(Path.Combine(site.Root, file.RelativePath));
            Assert.Equal(file.Text, text);
            written.Append("=== ").Append(file.RelativePath).Append('\n').Append(text);
        }

        foreach (var skipped in result.Outcomes.OfType<ImportOutcome.Skipped>())
        {
            written.Append("=== skipped `").Append(skipped.Key).Append("`: ").Append(skipped.Reason).Append('\n');
        }

        GoldenFile.AssertMatches($"import-{export}.txt", written.ToString());

        // And the dossier with them passes check (the new sources are not cited yet: that is a warning only)
        var build = site.Build();
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        Assert.All(build.Diagnostics, d => Assert.Equal(DiagnosticCodes.UnusedCitation, d.Code));
    }

    [Theory]
    [MemberData(nameof(Exports))]
    public void Importing_the_same_file_again_writes_nothing_new(string export)
    {
        using var site = FixtureSite.Named("small");
        var first = CitationImport.Run(site.Root, FixturePath(export), dryRun: false, CollectionSet.BuiltIn, Today);
        var filesBefore = Directory.GetFiles(Path.Combine(site.Root, "content", "citations")).Order().ToList();

        var second = CitationImport.Run(site.Root, FixturePath(export), dryRun: false, CollectionSet.BuiltIn, Today);

        Assert.NotEmpty(first.Written);
        Assert.Empty(second.Written);
        Assert.Equal(first.Written.Count(), second.Outcomes.OfType<ImportOutcome.AlreadyThere>().Count());
        Assert.Equal(filesBefore, Directory.GetFiles(Path.Combine(site.Root, "content", "citations")).Order().ToList());
    }

    [Fact]
    public void A_dry_run_shows_the_files_and_writes_none()
    {
        using var site = FixtureSite.Named("small");
        var before = Directory.GetFiles(Path.Combine(site.Root, "content", "citations")).Order().ToList();

        var result = CitationImport.Run(site.Root, FixturePath("zotero-export.json"), dryRun: true, CollectionSet.BuiltIn, Today);

        Assert.Equal(3, result.Written.Count());
        Assert.All(result.Written, w => Assert.StartsWith("---\ntitle: ", w.Text, StringComparison.Ordinal));
        Assert.Equal(before, Directory.GetFiles(Path.Combine(site.Root, "content", "citations")).Order().ToList());
    }

    [Fact]
    public void An_entry_already_in_the_dossier_by_url_is_not_imported_even_from_another_format()
    {
        // Given a source imported from CSL-JSON
        using var site = FixtureSite.Named("small");
        CitationImport.Run(site.Root, FixturePath("zotero-export.json"), dryRun: false, CollectionSet.BuiltIn, Today);
        var bib = Path.Combine(site.Root, "again.bib");
        File.WriteAllText(bib, "@online{other-key, title = {Zemin}, url = {http://www.zemin.tm/ru/news/123/}, urldate = {2024-12-27}}\n");

        // When the same page comes again from BibTeX, under another key and a slightly different address
        var result = CitationImport.Run(site.Root, bib, dryRun: false, CollectionSet.BuiltIn, Today);

        // Then it is recognised
        var there = Assert.IsType<ImportOutcome.AlreadyThere>(Assert.Single(result.Outcomes));
        Assert.Equal("content/citations/zemin2023.md", there.RelativePath);
    }

    [Fact]
    public void Ids_made_from_keys_are_valid_and_unique()
    {
        using var site = FixtureSite.Named("small");
        var bib = Path.Combine(site.Root, "keys.bib");
        File.WriteAllText(bib, """
            @online{Smith2020, title = {A}, url = {https://example.org/a}, urldate = {2024-01-01}}
            @online{smith2020, title = {B}, url = {https://example.org/b}, urldate = {2024-01-01}}
            @online{2021:report_ü, title = {C}, url = {https://example.org/c}, urldate = {2024-01-01}}
            @online{con, title = {D}, url = {https://example.org/d}, urldate = {2024-01-01}}
            @online{web-report, title = {E}, url = {https://example.org/e}, urldate = {2024-01-01}}
            """);

        var result = CitationImport.Run(site.Root, bib, dryRun: false, CollectionSet.BuiltIn, Today);

        Assert.Equal(
            ["smith2020", "smith2020-2", "ref-2021-report-u", "con-2", "web-report-2"],
            result.Written.Select(w => Path.GetFileNameWithoutExtension(w.RelativePath)).ToList());
    }

    [Fact]
    public void A_file_of_50_MB_is_refused_with_a_diagnostic_before_it_is_read()
    {
        using var site = FixtureSite.Named("small");
        var big = Path.Combine(site.Root, "huge.bib");
        using (var stream = File.Create(big))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = CitationImport.Run(site.Root, big, dryRun: false, CollectionSet.BuiltIn, Today);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.ImportTooLarge, diagnostic.Code);
        Assert.Equal(1, diagnostic.Span.Line);
        Assert.Contains("52,428,800 bytes", diagnostic.Message, StringComparison.Ordinal);
        Assert.Empty(result.Outcomes);
    }

    private static string FixturePath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name);
}
