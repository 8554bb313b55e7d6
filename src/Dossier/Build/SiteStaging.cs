using System.Text;
using Dossier.Build.Incremental;
using Dossier.Diagnostics;

namespace Dossier.Build;

/// <summary>
/// The fresh folder beside the output that a full build writes the site into, swapped in only once every file is
/// there, so a failed or interrupted build leaves the previous site exactly as it was. Pages are written into it as
/// they are laid out (no build holds every page's bytes at once); disposing it before <see cref="Complete"/> removes
/// it. A file whose bytes are already in the previous site is linked (a hard link: same inode, same modification
/// time), not written again. Thread-safe for writes of distinct files.
/// </summary>
public sealed class SiteStaging : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly bool _previousIsOurs;
    // Folders already made in this staging folder: most pages share theirs with others (15,000 export files sit in
    // a few folders), and asking the system to make an existing folder again costs two calls per file.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _folderLookup;
    private Exception? _failure;
    private bool _swapped;

    private SiteStaging(string target)
    {
        Target = target;
        _folderLookup = _folders.GetAlternateLookup<ReadOnlySpan<char>>();
        var parent = Path.GetDirectoryName(target) ?? target;
        RemoveLeftovers(parent, Path.GetFileName(target));
        Folder = Path.Combine(parent, $".{Path.GetFileName(target)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        _previousIsOurs = Directory.Exists(target) && File.Exists(Path.Combine(target, WriteSite.MarkerFile));
    }

    /// <summary>The output folder the staging folder replaces.</summary>
    public string Target { get; }

    public string Folder { get; }

    /// <summary>Opens a staging folder for <paramref name="output"/> (its full path without a trailing separator).</summary>
    public static SiteStaging Open(string output) => new(Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>
    /// The staging folder pages are written into as they are laid out, for a build that writes the site and keeps nothing
    /// for a rebuild; null otherwise (then pages are kept as bytes and written at the end, as a rebuild compares them).
    /// </summary>
    public static SiteStaging? ForPagesOf(BuildOptions options, bool kept) =>
        options.WriteOutput && !kept
        // Asked without a report: when the folder is refused, the write stage says so, once, as before.
        && OutputFolderRules.Allows(options.SourceDirectory, options.OutputDirectory, options.Force, new DiagnosticBag())
            ? Open(options.OutputDirectory)
            : null;

    /// <summary>Writes one file of the site; a failure is kept and raised by <see cref="Complete"/>, not thrown into the caller's work.</summary>
    public void Write(string sitePath, ReadOnlySpan<byte> bytes)
    {
        if (_failure is not null)
        {
            return;
        }

        try
        {
            var path = Path.Combine(Folder, sitePath);
            var folder = Path.GetDirectoryName(path.AsSpan());
            if (!_folderLookup.ContainsKey(folder))
            {
                var made = folder.ToString();
                Directory.CreateDirectory(made);
                _folders.TryAdd(made, 0);
            }

            if (!(_previousIsOurs && Path.Combine(Target, sitePath) is var old && SameBytes(old, bytes) && HardLink.TryCreate(old, path)))
            {
                File.WriteAllBytes(path, bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.CompareExchange(ref _failure, ex, null);
        }
    }

    /// <summary>Marks the folder as a Dossier site and swaps it in for the output folder.</summary>
    public void Complete()
    {
        if (_failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }

        File.WriteAllText(Path.Combine(Folder, WriteSite.MarkerFile), WriteSite.MarkerText, Utf8);
        if (!Directory.Exists(Target))
        {
            Directory.Move(Folder, Target);
        }
        else
        {
            // Two renames: the old site is only removed once the new one is in place.
            var retired = Folder.Replace(".building-", ".retired-", StringComparison.Ordinal);
            Directory.Move(Target, retired);
            Directory.Move(Folder, Target);
            Directory.Delete(retired, recursive: true);
        }

        _swapped = true;
    }

    public void Dispose()
    {
        if (!_swapped && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Whether the previous site's file holds exactly these bytes (compared, not assumed: it may have been edited by hand).</summary>
    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (info is not { Exists: true, LinkTarget: null } || info.Length != bytes.Length)
        {
            return false;
        }

        // Read in pieces into one rented buffer: a rebuild over the previous site compares every page, megabytes each.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var piece = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 64 * 1024) + 1);
        try
        {
            int read;
            while ((read = file.Read(piece)) > 0)
            {
                if (read > bytes.Length || !piece.AsSpan(0, read).SequenceEqual(bytes[..read]))
                {
                    return false;
                }

                bytes = bytes[read..];
            }

            return bytes.IsEmpty;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(piece);
        }
    }

    /// <summary>Staging and retired folders of this output that an interrupted build (killed, power cut) left behind.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var pattern in new[] { $".{name}.building-*", $".{name}.retired-*" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }
}
