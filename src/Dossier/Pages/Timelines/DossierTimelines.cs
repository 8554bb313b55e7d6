using Dossier.Collections;
using Dossier.Graph;

namespace Dossier.Pages.Timelines;

/// <summary>
/// The timelines of every collection in one linked graph, each placed once: dozens of timeline, country and matrix
/// pages read the same entries, and placing them again for each page cost more than laying the pages out.
/// </summary>
public sealed class DossierTimelines
{
    private readonly IReadOnlyDictionary<string, CollectionTimeline> byCollection;

    public DossierTimelines(ContentGraph graph)
    {
        byCollection = graph.Collections.All.ToDictionary(c => c.Name, c => CollectionTimeline.Of(graph, c), StringComparer.Ordinal);
        All = graph.Collections.All.Select(c => byCollection[c.Name]).ToList();
    }

    /// <summary>Every collection's timeline, in the collections' order (those with no dated documents included).</summary>
    public IReadOnlyList<CollectionTimeline> All { get; }

    public CollectionTimeline Of(CollectionDescriptor collection) => byCollection[collection.Name];
}
