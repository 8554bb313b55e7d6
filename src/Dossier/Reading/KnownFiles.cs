using System.Collections.Concurrent;

namespace Dossier.Reading;

/// <summary>
/// The files a reader read before, with the length and modification time each had, so that a rebuild reads again
/// only files that changed. Like git's index, a file modified within <see cref="RacyWindow"/> of being read is
/// read again next time: on file systems with coarse timestamps a second edit in the same tick would look unchanged.
/// </summary>
public sealed class KnownFiles
{
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private ConcurrentDictionary<string, KnownFile> _files = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, KnownFile> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The content files the last read found, in order, or null (before a first read, or when it met a symbolic link:
    /// a watcher reports changes to a link, not to what it leads to, so such a folder is always read whole).
    /// </summary>
    public IReadOnlyList<ContentFile>? Listing { get; private set; }

    /// <summary>The text read before, if the file still has the length and modification time it had then.</summary>
    public SourceFile? Find(string path, FileInfo info)
    {
        if (_files.TryGetValue(path, out var known) && known.Length == info.Length && known.Modified == info.LastWriteTimeUtc
            && known.Modified < known.ReadAt - RacyWindow)
        {
            _seen[path] = known;
            return known.File;
        }

        return null;
    }

    public void Remember(string path, FileInfo info, DateTime readAt, SourceFile file) =>
        _seen[path] = new KnownFile(info.Length, info.LastWriteTimeUtc, readAt, file);

    /// <summary>Starts a read of only some files: what is known of every other file stays known.</summary>
    public void KeepAllBut(IReadOnlySet<string> paths)
    {
        // The last read's entries carried over in place, those of the paths to read dropped (they are read again): a
        // rebuild after one edit would otherwise copy thousands of entries. What this read has seen already is kept too.
        foreach (var path in paths)
        {
            _files.TryRemove(path, out _);
        }

        foreach (var (path, file) in _seen)
        {
            _files[path] = file;
        }

        _seen = _files;
    }

    /// <summary>Ends a read: files not seen in it (deleted, renamed) are forgotten.</summary>
    /// <param name="listing">What the read found, or null when it met a symbolic link.</param>
    public void Finish(IReadOnlyList<ContentFile>? listing)
    {
        _files = _seen;
        _seen = new ConcurrentDictionary<string, KnownFile>(StringComparer.Ordinal);
        Listing = listing;
    }

    private sealed record KnownFile(long Length, DateTime Modified, DateTime ReadAt, SourceFile File);
}
