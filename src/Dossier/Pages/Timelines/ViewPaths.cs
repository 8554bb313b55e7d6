using Dossier.Collections;

namespace Dossier.Pages.Timelines;

/// <summary>Where a collection's timeline, its slices by country and its matrix live: under the collection's own folder.</summary>
public static class ViewPaths
{
    public static string Timeline(CollectionDescriptor collection) => collection.PathPrefix + "timeline/";

    public static string Timeline(CollectionDescriptor collection, string countryId) => Timeline(collection) + countryId + "/";

    public static string Matrix(CollectionDescriptor collection) => collection.PathPrefix + "matrix/";

    /// <summary>The ids a document of the collection cannot take, since these pages sit where its page would.</summary>
    public static readonly IReadOnlyList<string> Reserved = ["timeline", "matrix"];
}
