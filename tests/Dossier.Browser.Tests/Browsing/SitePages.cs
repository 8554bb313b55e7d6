namespace Dossier.Browser.Tests.Browsing;

/// <summary>One page of each type in the bundled dossier, by site path (relative to the base URL).</summary>
public static class SitePages
{
    public const string Home = "";
    public const string Article = "articles/japan-central-asia-relations/";
    public const string Country = "countries/tajikistan/";
    public const string Agreement = "agreements/tajikistan-japan-intergovernmental-commission/";
    public const string Source = "sources/avesta-2023-intergovernmental-commission/";
    public const string Bibliography = "bibliography/";
    public const string Timeline = "agreements/timeline/";
    public const string CountryTimeline = "agreements/timeline/tajikistan/";
    public const string Matrix = "agreements/matrix/";
    public const string Search = "search/";
    public const string NotFound = "no/such/page/";

    public static readonly string[] All =
    [
        Home, "articles/", Article, "countries/", Country, "agreements/", Agreement, Timeline, CountryTimeline, Matrix, Source, Bibliography, Search,
        NotFound,
    ];

    public static TheoryData<string> Each() => new(All);
}
