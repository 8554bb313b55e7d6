using Dossier.Content;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Pages.Metadata;

/// <summary>
/// An agreement in schema.org terms: treaties and memoranda are instruments between states, so <c>Legislation</c>;
/// programmes, dialogues, policies and the like are not law, so a <c>CreativeWork</c> with the kind as its genre.
/// </summary>
public static class AgreementLinkedData
{
    public static string Of(PageContext context, Agreement agreement, IReadOnlyList<Country> parties, IReadOnlyList<Citation> sources)
    {
        var settings = context.Graph.Settings;
        var isInstrument = agreement.Kind is AgreementKind.Treaty or AgreementKind.Memorandum;
        var period = agreement.Period is { } p ? $"{p.Start?.ToString() ?? ".."}/{p.End?.ToString() ?? ".."}" : null;
        return Write(Thing(isInstrument ? "Legislation" : "CreativeWork",
            ("name", Text(agreement.Title)),
            ("url", Text(SiteUrls.Of(settings, SitePaths.Of(agreement)))),
            (isInstrument ? "legislationType" : "genre", Text(Labels.Of(agreement.Kind))),
            (isInstrument ? "legislationDate" : "dateCreated", Text(agreement.Signed?.ToString())),
            ("temporalCoverage", Text(period)),
            ("creativeWorkStatus", Text(agreement.Status is { } status ? Labels.Of(status) : null)),
            ("spatialCoverage", List(parties.Select(c => (LinkedValue?)Thing("Country", ("name", Text(c.Title)), ("url", Text(SiteUrls.Of(settings, SitePaths.Of(c)))))))),
            ("citation", List(sources.Select(c => (LinkedValue?)context.CitationForms.LinkedData(c))))));
    }
}
