using Dossier.Collections;

namespace Dossier.Pages.Timelines;

/// <summary>
/// Where a collection's timeline, its slices by country and its matrix live: under the collection's own folder (so
/// <c>timeline</c> and <c>matrix</c> are reserved ids, see <see cref="Content.DocumentId.Reserved"/>).
/// </summary>
public static class ViewPaths
{
    public static string Timeline(CollectionDescriptor collection) => collection.PathPrefix + "timeline/";

    public static string Timeline(CollectionDescriptor collection, string countryId) => Timeline(collection) + countryId + "/";

    public static string Matrix(CollectionDescriptor collection) => collection.PathPrefix + "matrix/";
}
