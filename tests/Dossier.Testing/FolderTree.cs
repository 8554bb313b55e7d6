namespace Dossier.Testing;

/// <summary>Copies a folder with everything under it, as tests do to build a dossier away from the repository.</summary>
public static class FolderTree
{
    /// <summary>Copies every file under <paramref name="from"/> to the same place under <paramref name="to"/>, replacing files already there.</summary>
    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
