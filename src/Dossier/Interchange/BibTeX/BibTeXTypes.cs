using Dossier.Content;

namespace Dossier.Interchange.BibTeX;

/// <summary>
/// Entry types both ways. BibTeX has no government or PDF type: a government source is a <c>@report</c> whose
/// <c>type</c> says so, a PDF a <c>@misc</c> published as PDF; news is an <c>@article</c> with
/// <c>entrysubtype = {newspaper}</c>, as Better BibTeX writes Zotero's newspaper articles.
/// </summary>
public static class BibTeXTypes
{
    public const string GovernmentReport = "Government document";

    /// <summary>Ours for an entry's type and the fields that refine it, or null when none fits.</summary>
    public static CitationType? Read(string type, string? subtype, string? reportType, string? howPublished) => type switch
    {
        "article" when subtype is "newspaper" or "magazine" => CitationType.News,
        "article" => CitationType.Journal,
        "book" or "mvbook" or "inbook" or "bookinbook" or "suppbook" or "collection" or "mvcollection" or "incollection"
            or "proceedings" or "inproceedings" or "conference" or "booklet" => CitationType.Book,
        "report" or "techreport" when reportType?.Contains("govern", StringComparison.OrdinalIgnoreCase) == true => CitationType.Government,
        "report" or "techreport" or "thesis" or "phdthesis" or "mastersthesis" or "manual" or "unpublished" => CitationType.Report,
        "online" or "www" or "electronic" or "webpage" => CitationType.Web,
        "misc" when howPublished?.Contains("pdf", StringComparison.OrdinalIgnoreCase) == true => CitationType.Pdf,
        "misc" => CitationType.Web,
        _ => null,
    };

    /// <summary>The entry type to write for ours, and the field that holds the publisher.</summary>
    public static (string Type, string PublisherField) Write(CitationType type) => type switch
    {
        CitationType.News => ("article", "journaltitle"),
        CitationType.Journal => ("article", "journaltitle"),
        CitationType.Book => ("book", "publisher"),
        CitationType.Report => ("report", "institution"),
        CitationType.Government => ("report", "institution"),
        CitationType.Pdf => ("misc", "organization"),
        _ => ("online", "organization"),
    };
}
