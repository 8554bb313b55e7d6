using Dossier.Content;
using Dossier.Pages.Metadata;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Collections.Declared;

/// <summary>
/// A declared collection's document in schema.org terms, by what the collection's name says it holds: events are
/// <c>Event</c>s (with their first date as the start), people <c>Person</c>s, organisations <c>Organization</c>s,
/// places <c>Place</c>s; anything else a <c>CreativeWork</c>. Its url fields are <c>sameAs</c>.
/// </summary>
public static class DeclaredLinkedData
{
    public static string Of(SiteSettings settings, DeclaredDocument document)
    {
        var type = TypeOf(document.Of.Name);
        var firstDate = document.Values.OfType<FieldValue.Date>().FirstOrDefault()?.Value.ToString();
        return Write(Thing(type,
            ("name", Text(document.Title)),
            ("description", Text(document.Summary)),
            ("url", Text(SiteUrls.Of(settings, SitePaths.Of(document)))),
            (type == "Event" ? "startDate" : "dateCreated", type is "Event" or "CreativeWork" ? Text(firstDate) : null),
            ("sameAs", List(document.Values.OfType<FieldValue.Url>().Select(u => Text(u.Value))))));
    }

    /// <summary>The schema.org type a collection's name says its documents are.</summary>
    public static string TypeOf(string collection) => collection switch
    {
        "events" or "event" or "meetings" or "summits" => "Event",
        "people" or "persons" or "person" or "leaders" or "officials" => "Person",
        "organisations" or "organizations" or "organisation" or "organization" or "companies" or "institutions" or "agencies" => "Organization",
        "places" or "cities" or "regions" => "Place",
        _ => "CreativeWork",
    };
}
