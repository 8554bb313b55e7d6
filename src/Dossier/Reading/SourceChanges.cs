namespace Dossier.Reading;

/// <summary>
/// The paths a file watcher saw change since the last read, so a rebuild reads those files and trusts the rest
/// instead of checking thousands of them. Until something tracks changes (and whenever the watcher lost some), the
/// changes are unknown and the reader checks every file. Written by the watcher's threads, taken by the build.
/// </summary>
public sealed class SourceChanges
{
    private readonly Lock _lock = new();
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _tracking;
    private bool _unknown = true;

    /// <summary>From now on every change is reported here. What changed before is not known, so the next read checks everything.</summary>
    public void StartTracking()
    {
        lock (_lock)
        {
            (_tracking, _unknown) = (true, true);
        }
    }

    /// <summary>A file or folder at <paramref name="fullPath"/> was created, changed, deleted or renamed (both names are reported).</summary>
    public void Changed(string fullPath)
    {
        lock (_lock)
        {
            _paths.Add(fullPath);
        }
    }

    /// <summary>Some changes were lost (the watcher's buffer overflowed): the next read checks every file.</summary>
    public void Lost()
    {
        lock (_lock)
        {
            _unknown = true;
        }
    }

    /// <summary>
    /// What changed since the last call, as full paths; null when that is not known. Either way, changes reported
    /// from now on count for the next call.
    /// </summary>
    public IReadOnlySet<string>? Take()
    {
        lock (_lock)
        {
            var known = _tracking && !_unknown ? _paths : null;
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _unknown = !_tracking;
            return known;
        }
    }
}
