using System.Text;
using Dossier.Build;
using Dossier.Diagnostics;

namespace Dossier.Testing;

/// <summary>
/// A dossier in a fresh temporary folder: <c>dossier.yml</c>, the repository's default theme and whatever
/// content files a test writes. <see cref="Check"/> runs the real build pipeline over it without writing a site.
/// </summary>
public sealed class TempDossier : IDisposable
{
    /// <summary>The instant <see cref="Check"/> builds at unless told otherwise: 2026-11-28 00:00 UTC.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The test dossier.yml; <c>repo_url</c> is there for the link checker, which names it in its User-Agent.</summary>
    public const string Settings = """
        title: Test dossier
        base_url: https://example.org/dossier/
        language: en
        repo_url: https://example.org/test/dossier

        """;

    /// <summary>content/articles/analysis.md: names the country and the agreement, links both and cites the source.</summary>
    public const string ValidArticle = """
        ---
        title: Kazakhstan and Japan
        date: 2024-12-31
        countries: [kazakhstan]
        agreements: [action-plan]
        ---

        [[kazakhstan]] signed an [[action-plan|action plan]] with Japan.[@src]

        """;

    /// <summary>content/countries/kazakhstan.md: links the agreement and cites the source.</summary>
    public const string ValidCountry = """
        ---
        title: Kazakhstan
        iso3: KAZ
        capital: Astana
        ---

        Kazakhstan is a party to the [[action-plan]].[@src]

        """;

    /// <summary>content/agreements/action-plan.md: its party is the country and its source the citation.</summary>
    public const string ValidAgreement = """
        ---
        title: Kazakhstan–Japan Action Plan 2022–2023
        kind: action-plan
        parties: [kazakhstan]
        signed: 2022-04
        period: {start: 2022, end: 2023}
        status: expired
        citations: [src]
        ---

        An action plan between [[kazakhstan]] and Japan.[@src]

        """;

    /// <summary>content/citations/src.md: <c>accessed</c> is on line 6, its value at column 11.</summary>
    public const string ValidCitation = """
        ---
        title: Kazakh President visits Japan
        type: news
        publisher: The Astana Times
        url: https://astanatimes.com/2022/04/kazakh-president-japan/
        accessed: 2024-12-31
        published: 2022-04-20
        ---

        A news report on the [[action-plan]].

        """;

    public TempDossier()
    {
        Root = Path.Combine(Path.GetTempPath(), "dossier-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("dossier.yml", Settings);
        FolderTree.Copy(Path.Combine(RepositoryRoot.Path, "themes", "default"), Path.Combine(Root, "themes", "default"));
    }

    /// <summary>The temporary folder the dossier lives in.</summary>
    public string Root { get; }

    /// <summary>Seeds one valid article, country, agreement and citation that all reference each other.</summary>
    public TempDossier MinimalValid()
    {
        Write("content/articles/analysis.md", ValidArticle);
        Write("content/countries/kazakhstan.md", ValidCountry);
        Write("content/agreements/action-plan.md", ValidAgreement);
        Write("content/citations/src.md", ValidCitation);
        return this;
    }

    /// <summary>Copies in the repository's bundled dossier: its content folder and its dossier.yml (over the test settings).</summary>
    public TempDossier BundledDossier()
    {
        FolderTree.Copy(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(Root, "content"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "dossier.yml"), Path.Combine(Root, "dossier.yml"), overwrite: true);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a BOM, exactly as given (line endings included).</summary>
    public TempDossier Write(string relativePath, string text) =>
        WriteBytes(relativePath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));

    public TempDossier WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public TempDossier Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Writes <c>content/citations/{id}.md</c> and returns that path; the <c>url:</c> value is always on line 6, column 6.</summary>
    public string AddCitation(string id, string url, string? quote = null, string? archiveUrl = null)
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append($"title: \"Source {id}\"\n")
            .Append("type: web\n")
            .Append("publisher: \"Test publisher\"\n")
            .Append("accessed: 2024-12-31\n")
            .Append($"url: \"{url}\"\n");
        if (quote is not null)
        {
            text.Append($"quote: \"{quote.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n");
        }

        if (archiveUrl is not null)
        {
            text.Append($"archive_url: \"{archiveUrl}\"\n");
        }

        text.Append("---\n\nAn annotation.\n");
        var path = $"content/citations/{id}.md";
        Write(path, text.ToString());
        return path;
    }

    /// <summary>Writes <c>content/articles/{id}.md</c> and returns that path; <paramref name="body"/> starts on line 6.</summary>
    public string AddArticle(string id, string body)
    {
        var path = $"content/articles/{id}.md";
        Write(path, $"---\ntitle: \"Article {id}\"\ndate: 2024-01-01\n---\n\n{body}\n");
        return path;
    }

    /// <summary>Runs the whole pipeline as <c>dossier check</c> does (nothing written) at a fixed time; returns the sorted diagnostics.</summary>
    /// <remarks>
    /// Lint warnings (DOS1xx) are left out unless asked for: these tests are about the content rules, and
    /// a country a test adds would otherwise also be an orphan page. The lints have their own corpus.
    /// </remarks>
    public IReadOnlyList<Diagnostic> Check(DateTimeOffset? now = null, bool includeDrafts = false, bool includeLints = false) =>
        BuildPipeline.Run(new BuildOptions(Root, Path.Combine(Root, "_site"))
        {
            WriteOutput = false,
            IncludeDrafts = includeDrafts,
            Clock = new ManualClock(now ?? DefaultNow),
        }).Diagnostics.Where(d => includeLints || !d.Code.Id.StartsWith("DOS1", StringComparison.Ordinal)).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over it is not.
        }
    }
}
