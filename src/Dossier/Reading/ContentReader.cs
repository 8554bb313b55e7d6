using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Dossier.Collections;
using Dossier.Diagnostics;

namespace Dossier.Reading;

/// <summary>
/// Finds and reads the dossier's files: <c>dossier.yml</c> and <c>content/&lt;collection&gt;/*.md</c>.
/// Files larger than the limit are refused unread, and a symbolic link may only lead to a file inside
/// the source folder — a pull request must not be able to publish, say, <c>/etc/passwd</c>.
/// </summary>
/// <remarks>Given <see cref="KnownFiles"/>, a file whose length and modification time are unchanged is not read again.</remarks>
public sealed class ContentReader(string root, long maxFileBytes, KnownFiles? known = null)
{
    /// <summary>The default largest content file: far above any real article, far below a memory problem.</summary>
    public const long DefaultMaxFileBytes = 5 * 1024 * 1024;

    private readonly string _root = Path.GetFullPath(root);

    public SourceFile? ReadSettings(IDiagnosticSink sink)
    {
        var path = Path.Combine(_root, SiteSettingsReader.FileName);
        var metLink = false;
        return File.Exists(path) ? ReadOne(path, sink, ref metLink) : null;
    }

    /// <summary>Every content file, in a stable order (collection, then ordinal path).</summary>
    /// <param name="changed">
    /// The full paths a watcher saw change since the last read, or null when that is not known. When known (and the
    /// last read met no symbolic link), only content files among them are checked and read; every other file is taken
    /// as the last read left it.
    /// </param>
    public IReadOnlyList<ContentFile> ReadContent(CollectionSet collections, IDiagnosticSink sink, IReadOnlySet<string>? changed = null)
    {
        if (changed is not null && known?.Listing is { } listing && ContentFilesAmong(collections, changed) is { } touched)
        {
            return ReadChanged(collections, listing, touched, sink);
        }

        var files = new List<ContentFile>();
        var metLink = false;
        foreach (var collection in collections.All)
        {
            var directory = Path.Combine(_root, "content", collection.Name);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            metLink |= new DirectoryInfo(directory).LinkTarget is not null;
            if (!StaysInside(directory, sink))
            {
                continue;
            }

            // Thousands of small files: read side by side, kept in a stable order.
            files.AddRange(Directory.EnumerateFiles(directory, "*.md", SearchOption.TopDirectoryOnly)
                .Order(StringComparer.Ordinal)
                .AsParallel()
                .AsOrdered()
                .Select(path => ReadOne(path, sink, ref metLink))
                .OfType<SourceFile>()
                .Select(file => new ContentFile(collection, file)));
        }

        known?.Finish(metLink ? null : files);
        return files;
    }

    /// <summary>
    /// The content files among changed paths, by relative path with their collection; null when a change may affect
    /// files not named (a collection folder itself changed, or a path outside the source folder).
    /// </summary>
    private Dictionary<string, CollectionDescriptor>? ContentFilesAmong(CollectionSet collections, IReadOnlySet<string> changed)
    {
        var content = Path.Combine(_root, "content");
        var touched = new Dictionary<string, CollectionDescriptor>(StringComparer.Ordinal);
        foreach (var path in changed)
        {
            // dossier.yml says which collections there are: a change may add or remove whole folders.
            if (!IsInside(path) || path == content || path == _root || path == Path.Combine(_root, SiteSettingsReader.FileName))
            {
                return null;
            }

            var folder = Path.GetDirectoryName(path);
            var collection = Path.GetDirectoryName(folder) == content ? collections.Named(Path.GetFileName(folder)!) : null;
            if (collection is { } inCollection)
            {
                if (path.EndsWith(".md", StringComparison.Ordinal))
                {
                    touched[Relative(path)] = inCollection;
                }
            }
            else if (folder == content)
            {
                // content/<collection> itself (created, deleted, renamed): its files were not each reported.
                return null;
            }

            // Anything else (themes, dossier.yml, nested folders) is not a content file: read afresh by its own stage or ignored.
        }

        return touched;
    }

    /// <summary>The last read's files with the changed ones read again, added or removed, in the same stable order.</summary>
    private IReadOnlyList<ContentFile> ReadChanged(
        CollectionSet collections, IReadOnlyList<ContentFile> listing, Dictionary<string, CollectionDescriptor> touched, IDiagnosticSink sink)
    {
        var files = listing.Where(f => !touched.ContainsKey(f.File.RelativePath)).ToList();
        known!.KeepAllBut(touched.Keys.ToHashSet(StringComparer.Ordinal));
        var metLink = false;
        foreach (var (relative, collection) in touched.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(_root, relative);
            if (!File.Exists(path) || ReadOne(path, sink, ref metLink) is not { } file)
            {
                continue;
            }

            var added = new ContentFile(collection, file);
            var at = files.BinarySearch(added, new ListingOrder(collections));
            files.Insert(at < 0 ? ~at : at, added);
        }

        known.Finish(metLink ? null : files);
        return files;
    }

    /// <summary>The order <see cref="ReadContent"/> returns files in: by collection folder, then ordinal path.</summary>
    private sealed class ListingOrder(CollectionSet collections) : IComparer<ContentFile>
    {
        public int Compare(ContentFile? x, ContentFile? y)
        {
            var byCollection = collections.RankOf(x!.Collection).CompareTo(collections.RankOf(y!.Collection));
            return byCollection != 0 ? byCollection : string.CompareOrdinal(x.File.RelativePath, y.File.RelativePath);
        }
    }

    private SourceFile? ReadOne(string path, IDiagnosticSink sink, ref bool metLink)
    {
        var relative = Relative(path);
        var info = new FileInfo(path);
        // One lstat answers "is it a link?" for the thousands of plain files; only links are followed and checked.
        if (info.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            metLink = true;
            if (!StaysInside(path, sink))
            {
                return null;
            }
        }

        // The bytes are only decoded: a buffer lent for the read serves, where a new array per file would be garbage at once.
        byte[]? buffer = null;
        string? text;
        DateTime readAt;
        try
        {
            var length = info.Length;
            if (known?.Find(relative, info) is { } same)
            {
                return same;
            }

            if (length > maxFileBytes)
            {
                sink.Report(new Diagnostic(DiagnosticCodes.FileTooLarge, Severity.Error, new SourceSpan(relative, 1, 1),
                    $"the file is {length / 1024:N0} KB, more than the limit of {maxFileBytes / 1024:N0} KB; it was not read",
                    "split it, or raise the limit with --max-file-size if it really is content"));
                return null;
            }

            readAt = DateTime.UtcNow;
            var read = ReadAll(path, ref buffer);
            text = TextDecoding.Decode(relative, buffer.AsSpan(0, read), sink);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            sink.Report(new Diagnostic(DiagnosticCodes.Unreadable, Severity.Error, new SourceSpan(relative, 1, 1),
                $"the file cannot be read: {ex.Message}"));
            return null;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        if (text is null)
        {
            return null;
        }

        var file = new SourceFile(relative, text);
        known?.Remember(relative, info, readAt, file);
        return file;
    }

    /// <summary>Reads the whole file into a buffer rented from the shared pool (and grown from it if the file grew); returns its length.</summary>
    private static int ReadAll(string path, [NotNull] ref byte[]? buffer)
    {
        using var handle = File.OpenHandle(path);
        buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(RandomAccess.GetLength(handle) + 1, Array.MaxLength));
        var read = 0;
        while (RandomAccess.Read(handle, buffer.AsSpan(read), read) is var count and > 0)
        {
            read += count;
            if (read == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan().CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
        }

        return read;
    }

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
