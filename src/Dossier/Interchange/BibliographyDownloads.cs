using System.Text;
using Dossier.Content;
using Dossier.Interchange.BibTeX;
using Dossier.Interchange.CslJson;
using Dossier.Interchange.Ris;
using Dossier.Pages.Views;
using Dossier.Site;

namespace Dossier.Interchange;

/// <summary>
/// The bibliography as files to take away: the whole of it (<c>bibliography.bib</c>, <c>.ris</c>, <c>.json</c> at the
/// site root) and each source's own entry beside its page (<c>sources/&lt;id&gt;/&lt;id&gt;.bib</c> …).
/// </summary>
public static class BibliographyDownloads
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Each format: its label, file extension and media type, in the order pages list them.</summary>
    public static IReadOnlyList<(InterchangeFormat Format, string Label, string Extension, string MediaType)> Formats { get; } =
    [
        (InterchangeFormat.BibTeX, "BibTeX", ".bib", "application/x-bibtex"),
        (InterchangeFormat.Ris, "RIS", ".ris", "application/x-research-info-systems"),
        (InterchangeFormat.CslJson, "CSL-JSON", ".json", "application/vnd.citationstyles.csl+json"),
    ];

    public static string WholePath(string extension) => "bibliography" + extension;

    public static string PathOf(Citation citation, string extension) => SitePaths.Of(citation) + citation.Id + extension;

    /// <summary>The links to the whole bibliography's files, from <paramref name="fromPage"/>.</summary>
    public static IReadOnlyList<DownloadView> Whole(string fromPage) =>
        Formats.Select(f => new DownloadView(f.Label, SitePaths.Relative(fromPage, WholePath(f.Extension)), f.MediaType, $"The bibliography as {f.Label}")).ToList();

    /// <summary>The links to one source's files, from its page (where they are beside it) or another.</summary>
    public static IReadOnlyList<DownloadView> Of(Citation citation, string fromPage) =>
        Formats.Select(f => new DownloadView(
            f.Label,
            fromPage == SitePaths.Of(citation) ? citation.Id + f.Extension : SitePaths.Relative(fromPage, PathOf(citation, f.Extension)),
            f.MediaType,
            $"This source as {f.Label}")).ToList();

    /// <summary>The entries in one format, as the bytes of the file.</summary>
    public static byte[] Write(InterchangeFormat format, IReadOnlyList<InterchangeEntry> entries) => format switch
    {
        InterchangeFormat.BibTeX => Utf8.GetBytes(BibTeXWriter.Write(entries)),
        InterchangeFormat.Ris => Utf8.GetBytes(RisWriter.Write(entries)),
        _ => CslJsonWriter.Write(entries),
    };
}
