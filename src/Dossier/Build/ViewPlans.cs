using Dossier.Collections;
using Dossier.Pages;
using Dossier.Pages.Timelines;

namespace Dossier.Build;

/// <summary>
/// The pages that show a collection as a whole besides its index, for collections whose descriptor places documents on
/// a timeline: the timeline, one slice of it per country it names, and the matrix of countries.
/// </summary>
public static class ViewPlans
{
    public static IEnumerable<PagePlan> Of(PageContext context, CollectionDescriptor collection)
    {
        var timeline = context.Timelines.Of(collection);
        if (!timeline.Exists)
        {
            yield break;
        }

        var name = collection.Section + "/timeline";
        yield return PagePlan.OfDossier(name, () => TimelinePage.Compose(context, collection));
        foreach (var country in timeline.Countries)
        {
            yield return PagePlan.OfDossier($"{name}/{country.Id}", () => TimelinePage.Compose(context, collection, country));
        }

        if (timeline.HasMatrix)
        {
            yield return PagePlan.OfDossier(collection.Section + "/matrix", () => MatrixPage.Compose(context, collection));
        }
    }
}
