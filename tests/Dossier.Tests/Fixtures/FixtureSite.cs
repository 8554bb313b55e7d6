using Dossier.Build;

namespace Dossier.Tests.Fixtures;

/// <summary>
/// Copies a dossier (a fixture under tests/ or the bundled one) with the repository's default theme into a
/// temporary folder and builds it there, so tests never write into the repository.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    private FixtureSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => System.IO.Path.Combine(Root, "_site");

    /// <summary>The bundled Japan–Central Asia dossier.</summary>
    public static FixtureSite Bundled() => CopyOf(RepositoryRoot.Path);

    /// <summary>A fixture dossier from tests/Dossier.Tests/Fixtures/&lt;name&gt;.</summary>
    public static FixtureSite Named(string name) =>
        CopyOf(System.IO.Path.Combine(RepositoryRoot.Path, "tests", "Dossier.Tests", "Fixtures", name));

    /// <summary>Builds the copy; <paramref name="health"/> is what a link cache says of the sources, as the CLI reads it.</summary>
    public BuildResult Build(DateTimeOffset? now = null, IReadOnlyDictionary<string, Health.LinkHealth>? health = null) =>
        BuildPipeline.Run(new BuildOptions(Root, Output)
        {
            Clock = new ManualClock(now ?? new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)),
            LinkHealth = health ?? new Dictionary<string, Health.LinkHealth>(),
        });

    public string ReadPage(string sitePath) => File.ReadAllText(System.IO.Path.Combine(Output, sitePath, "index.html"));

    /// <summary>One element of a built page (the first <paramref name="selector"/> matches), as normalised HTML for a golden file.</summary>
    public string ReadPart(string sitePath, string selector)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(ReadPage(sitePath));
        var element = document.QuerySelector(selector);
        Assert.NotNull(element);
        return Rendering.NormalisedHtml.Of(element.OuterHtml);
    }

    /// <summary>Replaces text in one of the copy's files; each text replaced must be there.</summary>
    public void Edit(string path, params (string From, string To)[] edits)
    {
        var file = System.IO.Path.Combine(Root, path);
        var text = File.ReadAllText(file);
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        File.WriteAllText(file, text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static FixtureSite CopyOf(string source)
    {
        var root = Directory.CreateTempSubdirectory("dossier-test-").FullName;
        File.Copy(System.IO.Path.Combine(source, "dossier.yml"), System.IO.Path.Combine(root, "dossier.yml"));
        FolderTree.Copy(System.IO.Path.Combine(source, "content"), System.IO.Path.Combine(root, "content"));
        FolderTree.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "themes"), System.IO.Path.Combine(root, "themes"));
        return new FixtureSite(root);
    }
}
