namespace Dossier.Serve.Watching;

/// <summary>
/// Watches what a build reads — <c>content/</c>, <c>themes/</c> and <c>dossier.yml</c> — and reports the full path of
/// each change (both names of a rename), ignoring editors' swap and backup files, and when changes were lost. The
/// output folder is not watched, so writing the site triggers nothing.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<string> _changed;
    private readonly Action _lost;

    /// <param name="changed">Called with the full path of each change.</param>
    /// <param name="lost">Called when the watcher's buffer overflowed and some changes were not reported.</param>
    public SourceWatcher(string sourceDirectory, Action<string> changed, Action lost)
    {
        (_changed, _lost) = (changed, lost);
        foreach (var folder in new[] { "content", "themes" })
        {
            var path = Path.Combine(Path.GetFullPath(sourceDirectory), folder);
            if (Directory.Exists(path))
            {
                Watch(new FileSystemWatcher(path) { IncludeSubdirectories = true });
            }
        }

        Watch(new FileSystemWatcher(Path.GetFullPath(sourceDirectory), "dossier.yml"));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
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
        _watchers.Add(watcher);
    }

    private void Report(string path)
    {
        if (!IsNoise(path))
        {
            _changed(path);
        }
    }
}
