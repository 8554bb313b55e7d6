namespace Dossier.Serve.Watching;

/// <summary>
/// Watches what a build reads — <c>content/</c>, <c>themes/</c> and <c>dossier.yml</c> — and reports the full path of
/// each change (both names of a rename), ignoring editors' swap and backup files, and when changes were lost. The
/// output folder is not watched, so writing the site triggers nothing. A <c>content/</c> or <c>themes/</c> folder made
/// while serving (a dossier on the built-in theme overriding its first layout) is watched from then on.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly string[] Folders = ["content", "themes"];
    private readonly Lock _lock = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _watched = new(StringComparer.Ordinal);
    private readonly Action<string> _changed;
    private readonly Action _lost;

    /// <param name="changed">Called with the full path of each change.</param>
    /// <param name="lost">Called when the watcher's buffer overflowed and some changes were not reported.</param>
    public SourceWatcher(string sourceDirectory, Action<string> changed, Action lost)
    {
        (_changed, _lost) = (changed, lost);
        var root = Path.GetFullPath(sourceDirectory);
        foreach (var folder in Folders)
        {
            WatchFolder(Path.Combine(root, folder));
        }

        Watch(new FileSystemWatcher(root, "dossier.yml"));
        // Folders made later: only their creation is seen here, then WatchFolder watches inside them.
        var top = new FileSystemWatcher(root) { NotifyFilter = NotifyFilters.DirectoryName };
        top.Created += (_, e) => Appeared(e.FullPath);
        top.Renamed += (_, e) => Appeared(e.FullPath);
        top.EnableRaisingEvents = true;
        lock (_lock)
        {
            _watchers.Add(top);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }
    }

    /// <summary>Swap, backup and temporary files that editors write beside the real one.</summary>
    internal static bool IsNoise(string? name)
    {
        var file = Path.GetFileName(name);
        return string.IsNullOrEmpty(file) || file[0] is '.' or '#' || file.EndsWith('~')
               || file.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
               || file.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    private void Appeared(string path)
    {
        if (Folders.Contains(Path.GetFileName(path), StringComparer.Ordinal) && WatchFolder(path))
        {
            // Files may have been put in it before its watcher started.
            _changed(path);
        }
    }

    /// <summary>Watches a folder and everything in it, once; false when it does not exist or is watched already.</summary>
    private bool WatchFolder(string path)
    {
        lock (_lock)
        {
            if (!Directory.Exists(path) || !_watched.Add(path))
            {
                return false;
            }
        }

        Watch(new FileSystemWatcher(path) { IncludeSubdirectories = true });
        return true;
    }

    private void Watch(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.InternalBufferSize = 64 * 1024;
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        // An editor's atomic save renames its temporary file over the real one (only the new name counts); a rename
        // of a real file removes the old name and adds the new one.
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        // The buffer overflowed (thousands of changes at once): some were lost, so rebuild to be safe.
        watcher.Error += (_, _) => _lost();
        watcher.EnableRaisingEvents = true;
        lock (_lock)
        {
            _watchers.Add(watcher);
        }
    }

    private void Report(string path)
    {
        if (!IsNoise(path))
        {
            _changed(path);
        }
    }
}
