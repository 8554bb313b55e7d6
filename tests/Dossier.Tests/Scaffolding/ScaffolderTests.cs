using Dossier.Collections;
using CsCheck;
using Dossier.Content;
using Dossier.Scaffolding;

namespace Dossier.Tests.Scaffolding;

/// <summary>The scaffolder on its own: the injected clock dates the file; the id rules say why an id fails.</summary>
public sealed class ScaffolderTests
{
    [Fact]
    public void Accessed_is_the_clocks_utc_date()
    {
        // Given a clock at 23:30 on 31 December 2024 in New York (already 1 January in UTC)
        using var dossier = new TempDossier().MinimalValid();
        var clock = new ManualClock(new DateTimeOffset(2024, 12, 31, 23, 30, 0, TimeSpan.FromHours(-5)));

        var result = Scaffolder.Create(dossier.Root, new NewDocumentRequest(BuiltInCollections.Citations, "mofa-2025") { Url = "https://www.mofa.go.jp/a.html" }, CollectionSet.BuiltIn, clock);

        Assert.True(result.Created, result.Error);
        var text = File.ReadAllText(Path.Combine(dossier.Root, "content/citations/mofa-2025.md"));
        Assert.StartsWith("""
            ---
            title: "Mofa 2025"
            type: web  # one of: news, web, government, report, book, journal, pdf
            publisher: "mofa.go.jp"
            url: "https://www.mofa.go.jp/a.html"
            accessed: 2025-01-01

            """, text, StringComparison.Ordinal);
        Assert.DoesNotContain(dossier.Check(clock.GetUtcNow()), d => d.Span.Path == "content/citations/mofa-2025.md");
    }

    [Fact]
    public void A_url_already_cited_is_written_with_a_warning()
    {
        using var dossier = new TempDossier().MinimalValid();

        var result = Scaffolder.Create(dossier.Root, new NewDocumentRequest(BuiltInCollections.Citations, "again")
        {
            Url = "http://www.astanatimes.com/2022/04/kazakh-president-japan?utm_source=x",
        }, CollectionSet.BuiltIn, TimeProvider.System);

        Assert.True(result.Created);
        Assert.Equal(["content/citations/src.md already cites this address: if it is the same source, cite `[@src]` instead of adding a new one"], result.Warnings);
    }

    [Fact]
    public void An_id_has_a_problem_exactly_when_it_is_invalid()
    {
        Gen.String[Gen.Char["aZ09-_ é"], 0, 90].Sample(id => (DocumentId.Problem(id) is null) == DocumentId.IsValid(id)
            && (DocumentId.Suggest(id) is not { } suggestion || DocumentId.IsValid(suggestion)));
    }
}
