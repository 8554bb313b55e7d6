namespace Dossier.Collections;

/// <summary>
/// The collections of one dossier in the site's order: the built-in ones, then those <c>dossier.yml</c> declares, then the
/// sources.
/// Documents are listed, sorted and grouped by this order.
/// </summary>
public sealed class CollectionSet
{
    private readonly Dictionary<string, int> _rank;

    public CollectionSet(IReadOnlyList<CollectionDescriptor> all)
    {
        All = all;
        _rank = all.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
    }

    /// <summary>The four collections every dossier has.</summary>
    public static CollectionSet BuiltIn { get; } = new(BuiltInCollections.All);

    public IReadOnlyList<CollectionDescriptor> All { get; }

    /// <summary>The collection whose folder (and key) is <paramref name="name"/>, or null.</summary>
    public CollectionDescriptor? Named(string name) => _rank.TryGetValue(name, out var i) ? All[i] : null;

    /// <summary>Where a collection stands in the site's order; a collection not in the set comes last.</summary>
    public int RankOf(CollectionDescriptor collection) => _rank.TryGetValue(collection.Name, out var i) ? i : int.MaxValue;

    /// <summary>This set with more collections after its own, but before the sources: the bibliography stays last.</summary>
    public CollectionSet With(IEnumerable<CollectionDescriptor> more) =>
        new([.. All.Where(c => !c.IsCitable), .. more, .. All.Where(c => c.IsCitable)]);
}
