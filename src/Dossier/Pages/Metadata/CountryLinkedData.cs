using Dossier.Content;
using Dossier.Site;
using static Dossier.Pages.Metadata.LinkedDataJson;

namespace Dossier.Pages.Metadata;

/// <summary>A country as a schema.org <c>Country</c> (a <c>Place</c>), with its ISO code, capital and other names.</summary>
public static class CountryLinkedData
{
    public static string Of(SiteSettings settings, Country country) =>
        Write(Thing("Country",
            ("name", Text(country.Title)),
            ("alternateName", List(country.Aliases.Select(Text))),
            ("identifier", Text(country.Iso3)),
            ("url", Text(SiteUrls.Of(settings, SitePaths.Of(country)))),
            ("containedInPlace", country.Region is null ? null : Thing("Place", ("name", Text(country.Region)))),
            ("containsPlace", country.Capital is null ? null : Thing("City", ("name", Text(country.Capital))))));
}
