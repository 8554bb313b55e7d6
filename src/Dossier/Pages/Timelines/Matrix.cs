using Dossier.Collections;
using Dossier.Graph;

namespace Dossier.Pages.Timelines;

/// <summary>A collection's matrix exists when it has a timeline and its dated documents name countries.</summary>
public static class Matrix
{
    public static bool Exists(ContentGraph graph, CollectionDescriptor collection) =>
        Timeline.Exists(graph, collection) && TimelinePage.CountriesOf(graph, Timeline.Of(graph, collection)).Count > 0;
}
