using System.Globalization;

namespace Dossier.Graph;

/// <summary>
/// Dense ranks of strings in the dossier's title order (invariant culture, ignoring case): strings equal in that order
/// share a rank, so a stable sort by rank orders exactly as a sort by the strings would. Each string's collation key
/// is computed once, so sorting thousands of titles (and the many short lists of related documents) compares bytes,
/// not strings under culture rules.
/// </summary>
public sealed class TitleRanks
{
    private readonly Dictionary<string, int> _ranks;

    public TitleRanks(IEnumerable<string> values, CollationKeys? keys = null)
    {
        keys ??= new CollationKeys();
        var keyed = values.Distinct(StringComparer.Ordinal)
            .AsParallel()
            .Select(value => (Value: value, Key: keys.Of(value)))
            .ToArray();
        Array.Sort(keyed, (a, b) => SortKey.Compare(a.Key, b.Key));
        _ranks = new Dictionary<string, int>(keyed.Length, StringComparer.Ordinal);
        var rank = 0;
        for (var i = 0; i < keyed.Length; i++)
        {
            if (i > 0 && SortKey.Compare(keyed[i - 1].Key, keyed[i].Key) != 0)
            {
                rank++;
            }

            _ranks[keyed[i].Value] = rank;
        }
    }

    public int Of(string value) => _ranks[value];
}
