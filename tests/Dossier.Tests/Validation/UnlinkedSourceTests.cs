using Dossier.Tests.Fixtures;

namespace Dossier.Tests.Validation;

/// <summary>DOS105: a source never linked (usurped or unfit) must carry an archived copy, or readers get no link at all.</summary>
public sealed class UnlinkedSourceTests
{
    [Theory]
    [InlineData("usurped", null, true)]
    [InlineData("unfit", null, true)]
    [InlineData("usurped", "https://web.archive.org/web/2022/https://example.org/", false)]
    [InlineData("unfit", "https://web.archive.org/web/2022/https://example.org/", false)]
    [InlineData("dead", null, false)]
    [InlineData("live", null, false)]
    public void Only_an_unlinked_source_without_archive_url_is_warned_about_at_its_url_status(string status, string? archive, bool warned)
    {
        // Given a source with this url_status, with or without an archived copy
        using var dossier = new TempDossier().MinimalValid();
        var archiveLine = archive is null ? "" : $"archive_url: \"{archive}\"\n";
        dossier.Write("content/citations/src.md",
            $"---\ntitle: A source\ntype: news\npublisher: Someone\nurl: \"https://example.org/\"\nurl_status: {status}\n{archiveLine}accessed: 2024-12-31\n---\n\nA source of the [[action-plan]].\n");

        // When the dossier is checked
        var lines = dossier.Check(includeLints: true).Lines().Where(l => l.EndsWith("[DOS105]", StringComparison.Ordinal)).ToList();

        // Then only a usurped or unfit one with no copy is warned about, at the status's value
        if (warned)
        {
            Assert.Equal(
                $"content/citations/src.md:6:13: warning: `src` is `url_status: {status}`, so its address is never linked, and it has no `archive_url`: readers get no link to the source at all [DOS105]",
                Assert.Single(lines));
        }
        else
        {
            Assert.Empty(lines);
        }
    }
}
