using Dossier.Build;

namespace Dossier.Browser.Tests.Hosting;

/// <summary>
/// The bundled dossier (content, settings and default theme of this repository) copied into a temporary folder
/// and built there, so tests never write into the repository and pages carry no git dates.
/// </summary>
public sealed class BuiltDossier : IDisposable
{
    public BuiltDossier()
    {
        Root = Directory.CreateTempSubdirectory("dossier-browser-").FullName;
        var repository = RepositoryRoot.Path;
        File.Copy(Path.Combine(repository, "dossier.yml"), Path.Combine(Root, "dossier.yml"));
        FolderTree.Copy(Path.Combine(repository, "content"), Path.Combine(Root, "content"));
        FolderTree.Copy(Path.Combine(repository, "themes"), Path.Combine(Root, "themes"));
        Result = BuildPipeline.Run(new BuildOptions(Root, Output));
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public BuildResult Result { get; }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
