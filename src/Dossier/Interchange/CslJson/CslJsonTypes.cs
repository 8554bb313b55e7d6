using Dossier.Content;

namespace Dossier.Interchange.CslJson;

/// <summary>
/// CSL item types both ways. CSL has no government or PDF type: a government source is a <c>report</c> whose
/// <c>genre</c> says so, a PDF a <c>document</c> whose <c>medium</c> is PDF.
/// </summary>
public static class CslJsonTypes
{
    public const string GovernmentGenre = "Government document";

    public static CitationType? Read(string type, string? genre, string? medium) => type switch
    {
        "article-newspaper" or "article-magazine" => CitationType.News,
        "article-journal" or "article" or "review" or "review-book" => CitationType.Journal,
        "book" or "chapter" or "classic" or "collection" or "paper-conference" or "entry" or "entry-dictionary" or "entry-encyclopedia" => CitationType.Book,
        "report" when genre?.Contains("govern", StringComparison.OrdinalIgnoreCase) == true => CitationType.Government,
        "legislation" or "bill" or "regulation" or "hearing" or "treaty" or "legal_case" => CitationType.Government,
        "report" or "thesis" or "manuscript" or "standard" or "pamphlet" => CitationType.Report,
        "document" when medium?.Contains("pdf", StringComparison.OrdinalIgnoreCase) == true => CitationType.Pdf,
        "webpage" or "post" or "post-weblog" or "document" or "dataset" or "software" or "speech" or "interview" => CitationType.Web,
        _ => null,
    };

    public static string Write(CitationType type) => type switch
    {
        CitationType.News => "article-newspaper",
        CitationType.Journal => "article-journal",
        CitationType.Book => "book",
        CitationType.Government => "report",
        CitationType.Report => "report",
        CitationType.Pdf => "document",
        _ => "webpage",
    };
}
