using Dossier.Content;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>
/// Finds and reads the dossier's files: <c>dossier.yml</c> and <c>content/&lt;collection&gt;/*.md</c>.
/// Files larger than the limit are refused unread, and a symbolic link may only lead to a file inside
/// the source folder — a pull request must not be able to publish, say, <c>/etc/passwd</c>.
/// </summary>
public sealed class ContentReader(string root, long maxFileBytes)
{
    /// <summary>The default largest content file: far above any real article, far below a memory problem.</summary>
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    private readonly string _root = Path.GetFullPath(root);

    public SourceFile? ReadSettings(IDiagnosticSink sink)
    {
        var path = Path.Combine(_root, SiteSettingsReader.FileName);
        return File.Exists(path) ? ReadOne(path, sink) : null;
    }

    /// <summary>Every content file, in a stable order (collection, then ordinal path).</summary>
    public IReadOnlyList<ContentFile> ReadContent(IDiagnosticSink sink)
    {
        var files = new List<ContentFile>();
        foreach (var (collection, folder) in CollectionFolders.All)
        {
            var directory = Path.Combine(_root, "content", folder);
            if (!Directory.Exists(directory) || !StaysInside(directory, sink))
            {
                continue;
            }

            // Thousands of small files: read side by side (the sink is thread-safe), kept in ordinal path order.
            var entries = new DirectoryInfo(directory).EnumerateFiles("*.md", SearchOption.TopDirectoryOnly)
                .Select(f => (Path: f.FullName, IsLink: f.Attributes.HasFlag(FileAttributes.ReparsePoint)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            files.AddRange(entries
                .AsParallel()
                .AsOrdered()
                .Select(entry => entry.IsLink ? ReadOne(entry.Path, sink) : ReadPlainFile(entry.Path, sink))
                .Where(file => file is not null)
                .Select(file => new ContentFile(collection, file!)));
        }

        return files;
    }

    private SourceFile? ReadOne(string path, IDiagnosticSink sink)
    {
        var relative = Relative(path);
        if (!StaysInside(path, sink))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxFileBytes)
            {
                sink.Report(TooLarge(relative, length));
                return null;
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(Unreadable(relative, ex));
            return null;
        }

        var text = TextDecoding.Decode(relative, bytes, sink);
        return text is null ? null : new SourceFile(relative, text);
    }

    /// <summary>
    /// Reads a file the directory listing says is no link: one open and one size query, where <see cref="ReadOne"/>
    /// also resolves links and asks the size separately.
    /// </summary>
    private SourceFile? ReadPlainFile(string path, IDiagnosticSink sink)
    {
        var relative = Relative(path);
        byte[] bytes;
        try
        {
            using var handle = File.OpenHandle(path);
            var length = RandomAccess.GetLength(handle);
            if (length > maxFileBytes)
            {
                sink.Report(TooLarge(relative, length));
                return null;
            }

            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is var n and > 0)
            {
                read += n;
            }

            if (read < bytes.Length)
            {
                bytes = bytes[..read];
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(Unreadable(relative, ex));
            return null;
        }

        var text = TextDecoding.Decode(relative, bytes, sink);
        return text is null ? null : new SourceFile(relative, text);
    }

    private Diagnostic TooLarge(string relative, long length) =>
        new(DiagnosticCodes.FileTooLarge, Severity.Error, new SourceSpan(relative, 1, 1),
            $"the file is {length / 1024:N0} KB, more than the limit of {maxFileBytes / 1024:N0} KB; it was not read",
            "split it, or raise the limit with --max-file-size if it really is content");

    private static Diagnostic Unreadable(string relative, Exception ex) =>
        new(DiagnosticCodes.Unreadable, Severity.Error, new SourceSpan(relative, 1, 1), $"the file cannot be read: {ex.Message}");

    /// <summary>True unless the path is a symbolic link (or inside a linked folder) that leads outside the source folder.</summary>
    private bool StaysInside(string path, IDiagnosticSink sink)
    {
        string? target;
        try
        {
            var info = Directory.Exists(path) ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path);
            target = info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.LinkTarget;
        }
        catch (IOException)
        {
            target = "(a link that cannot be followed)";
        }

        if (target is null || IsInside(Path.GetFullPath(target, Path.GetDirectoryName(path)!)))
        {
            return true;
        }

        sink.Report(new Diagnostic(DiagnosticCodes.SymlinkOutside, Severity.Error, new SourceSpan(Relative(path), 1, 1),
            $"this is a symbolic link to {target}, outside the source folder; it was not read",
            "replace the link with the file itself"));
        return false;
    }

    private bool IsInside(string full) =>
        full == _root || full.StartsWith(_root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string path) => Path.GetRelativePath(_root, path).Replace('\\', '/');
}
