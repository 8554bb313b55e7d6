using System.Collections.Concurrent;
using System.Globalization;

namespace Dossier.Graph;

/// <summary>
/// Collation keys (invariant culture, ignoring case) of the titles a build sorts, kept from one build to the next:
/// computing a key costs microseconds, and a rebuild sorts the same thousands of titles again.
/// Keys not asked for by a build are dropped at its end.
/// </summary>
public sealed class CollationKeys
{
    private static readonly CompareInfo Collation = CultureInfo.InvariantCulture.CompareInfo;

    private ConcurrentDictionary<string, SortKey> _keys = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, SortKey> _used = new(StringComparer.Ordinal);

    public SortKey Of(string value)
    {
        if (!_keys.TryGetValue(value, out var key))
        {
            key = Collation.GetSortKey(value, CompareOptions.IgnoreCase);
        }

        _used[value] = key;
        return key;
    }

    /// <summary>Ends a build: only the keys it used are kept for the next.</summary>
    public void Finish()
    {
        _keys = _used;
        _used = new ConcurrentDictionary<string, SortKey>(StringComparer.Ordinal);
    }
}
