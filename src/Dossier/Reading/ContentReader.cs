using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>Finds and reads the dossier's files: <c>dossier.yml</c> and <c>content/&lt;collection&gt;/*.md</c>.</summary>
public static class ContentReader
{
    public static SourceFile? ReadSettings(string root, IDiagnosticSink sink)
    {
        var path = Path.Combine(root, SiteSettingsReader.FileName);
        return File.Exists(path) ? ReadOne(root, path, sink) : null;
    }

    /// <summary>Every content file, in a stable order (collection, then ordinal path).</summary>
    public static IReadOnlyList<ContentFile> ReadContent(string root, IDiagnosticSink sink)
    {
        var files = new List<ContentFile>();
        foreach (var (collection, folder) in CollectionFolders.All)
        {
            var directory = Path.Combine(root, "content", folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            var paths = Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                var file = ReadOne(root, path, sink);
                if (file is not null)
                {
                    files.Add(new ContentFile(collection, file));
                }
            }
        }

        return files;
    }

    private static SourceFile? ReadOne(string root, string path, IDiagnosticSink sink)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error, new SourceSpan(relative, 1, 1),
                $"the file cannot be read: {ex.Message}"));
            return null;
        }

        var text = TextDecoding.Decode(relative, bytes, sink);
        return text is null ? null : new SourceFile(relative, text);
    }
}
