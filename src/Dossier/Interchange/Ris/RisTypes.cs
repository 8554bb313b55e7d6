using Dossier.Content;

namespace Dossier.Interchange.Ris;

/// <summary>
/// RIS reference types (<c>TY</c>) both ways. RIS has no PDF type: a PDF is a generic <c>GEN</c> record whose type of
/// work (<c>M3</c>) is <c>PDF</c>.
/// </summary>
public static class RisTypes
{
    public static CitationType? Read(string type, string? typeOfWork) => type.ToUpperInvariant() switch
    {
        "NEWS" or "MGZN" => CitationType.News,
        "JOUR" or "JFULL" or "EJOUR" or "ABST" or "INPR" => CitationType.Journal,
        "BOOK" or "CHAP" or "EBOOK" or "ECHAP" or "EDBOOK" or "CONF" or "CPAPER" or "SER" => CitationType.Book,
        "GOVDOC" or "BILL" or "STAT" or "LEGAL" or "HEAR" or "CTPRT" or "EXEC" => CitationType.Government,
        "RPRT" or "THES" or "UNPB" or "STAND" => CitationType.Report,
        "ELEC" or "WEB" or "BLOG" or "ICOMM" => CitationType.Web,
        "GEN" when typeOfWork?.Contains("pdf", StringComparison.OrdinalIgnoreCase) == true => CitationType.Pdf,
        "GEN" => CitationType.Web,
        _ => null,
    };

    public static string Write(CitationType type) => type switch
    {
        CitationType.News => "NEWS",
        CitationType.Journal => "JOUR",
        CitationType.Book => "BOOK",
        CitationType.Government => "GOVDOC",
        CitationType.Report => "RPRT",
        CitationType.Pdf => "GEN",
        _ => "ELEC",
    };
}
