namespace Dossier.Serve.Watching;

/// <summary>
/// Watches what a build reads — <c>content/</c>, <c>themes/</c> and <c>dossier.yml</c> — and reports any change,
/// ignoring editors' swap and backup files. The output folder is not watched, so writing the site triggers nothing.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action _changed;

    public SourceWatcher(string sourceDirectory, Action changed)
    {
        _changed = changed;
        foreach (var folder in new[] { "content", "themes" })
        {
            var path = Path.Combine(sourceDirectory, folder);
            if (Directory.Exists(path))
            {
                Watch(new FileSystemWatcher(path) { IncludeSubdirectories = true });
            }
        }

        Watch(new FileSystemWatcher(sourceDirectory, "dossier.yml"));
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
        watcher.Changed += (_, e) => Report(e.Name);
        watcher.Created += (_, e) => Report(e.Name);
        watcher.Deleted += (_, e) => Report(e.Name);
        // An editor's atomic save renames its temporary file over the real one: the new name is what counts.
        watcher.Renamed += (_, e) => Report(IsNoise(e.Name) ? e.OldName : e.Name);
        // The buffer overflowed (thousands of changes at once): some were lost, so rebuild to be safe.
        watcher.Error += (_, _) => _changed();
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Report(string? name)
    {
        if (!IsNoise(name))
        {
            _changed();
        }
    }
}
