namespace Dossier.Links.Tests.PageMetadata;

/// <summary>Pages that describe themselves in one way each, as publishers' pages do, and the page with all of them at once.</summary>
public static class MetadataPages
{
    /// <summary>Highwire tags (Google Scholar's), with an OpenGraph title and a page title that must lose to them.</summary>
    public const string Highwire = """
        <!doctype html>
        <html lang="en"><head>
        <title>Article 42 | Journal of Central Asian Studies</title>
        <meta property="og:title" content="A shorter social title">
        <meta name="citation_title" content="Water and Power in the Syr Darya Basin">
        <meta name="citation_author" content="Aliyeva, Dana">
        <meta name="citation_publication_date" content="2024/06/12">
        <meta name="citation_journal_title" content="Journal of Central Asian Studies">
        <meta name="citation_publisher" content="Eurasia Academic Press">
        <meta name="citation_language" content="ru">
        <meta name="citation_public_url" content="https://journal.example.org/articles/42">
        </head><body><h1>Water and Power</h1></body></html>
        """;

    /// <summary>schema.org JSON-LD in a graph: the site, the publisher by reference, and the article.</summary>
    public const string JsonLd = """
        <!doctype html>
        <html><head>
        <title>Story – Example News</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "@id": "https://news.example.org/#site", "name": "Example News"},
          {"@type": "NewsMediaOrganization", "@id": "https://news.example.org/#org", "name": "Example News Ltd"},
          {"@type": "NewsArticle", "headline": "Tashkent hosts the  Central Asia + Japan\n forum",
           "datePublished": "2023-11-05T08:00:00+05:00", "inLanguage": "uz",
           "publisher": {"@id": "https://news.example.org/#org"},
           "url": "https://news.example.org/2023/11/05/forum"}
        ]}
        </script>
        <meta property="og:title" content="Forum in Tashkent">
        </head><body><p>Text.</p></body></html>
        """;

    /// <summary>OpenGraph only, plus the document's language.</summary>
    public const string OpenGraph = """
        <!doctype html>
        <html lang="de"><head>
        <title>Seite | Beispiel</title>
        <meta property="og:title" content="Energiepartnerschaft mit Kasachstan">
        <meta property="og:site_name" content="Beispiel Zeitung">
        <meta property="article:published_time" content="2022-03-01T10:00:00Z">
        <meta property="og:url" content="https://zeitung.example.de/energie/kasachstan">
        </head><body><p>Text.</p></body></html>
        """;

    /// <summary>Nothing but HTML: a title, a language and a relative canonical link.</summary>
    public const string Plain = """
        <!doctype html>
        <html lang="en-GB"><head>
        <title>  Annual report
          2021 </title>
        <link rel="canonical" href="/pages/annual-report">
        </head><body><p>Text.</p></body></html>
        """;

    /// <summary>Every kind at once, each giving another title, and a Highwire date that is not a date.</summary>
    public const string Everything = """
        <!doctype html>
        <html lang="fr"><head>
        <title>From the title element</title>
        <meta property="og:title" content="From OpenGraph">
        <meta property="og:site_name" content="OpenGraph site">
        <meta name="citation_title" content="From Highwire">
        <meta name="citation_date" content="June 2024">
        <script type="application/ld+json">{"@type": "Article", "name": "From JSON-LD", "datePublished": "2024-05-30", "publisher": "JSON-LD publisher", "inLanguage": "es"}</script>
        <script type="application/ld+json">{not json</script>
        </head><body></body></html>
        """;
}
