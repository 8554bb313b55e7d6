using System.Text;

namespace Dossier.CorpusGenerator;

/// <summary>Writing files the same way every time: UTF-8 without BOM, <c>\n</c> line ends; clearing only folders this tool wrote.</summary>
internal static class OutputFolder
{
    private const string Marker = ".corpus-generator";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates an empty folder; an existing one is cleared only if it is empty or was written by this tool.</summary>
    public static void Prepare(string directory)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            if (!File.Exists(Path.Combine(directory, Marker)))
            {
                throw new IOException($"{directory} is not empty and was not written by corpus-generator; choose another folder");
            }

            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        Write(Path.Combine(directory, Marker), "written by tools/corpus-generator; safe to delete\n");
    }

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>The repository root: the nearest folder holding Dossier.sln above the working directory or the tool itself.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Dossier.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new IOException("cannot find the repository (Dossier.sln) above the working directory; run from inside the repository");
    }
}
