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

    public BuildResult Build(DateTimeOffset? now = null) => Build(new Dictionary<string, Health.LinkHealth>(), now);

    /// <param name="linkHealth">What the link checker's cache says, as <c>dossier build</c> reads it.</param>
    public BuildResult Build(IReadOnlyDictionary<string, Health.LinkHealth> linkHealth, DateTimeOffset? now = null) =>
        BuildPipeline.Run(new BuildOptions(Root, Output)
        {
            Clock = new ManualClock(now ?? new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero)),
            LinkHealth = linkHealth,
        });

    public string ReadPage(string sitePath) => File.ReadAllText(System.IO.Path.Combine(Output, sitePath, "index.html"));

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
