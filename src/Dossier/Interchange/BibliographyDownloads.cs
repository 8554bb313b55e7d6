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

    /// <summary>
    /// The whole file and each entry's own file in one format, each entry written once: the whole file is the entries'
    /// own files joined as the format joins entries (a blank line in BibTeX, nothing in RIS, the array's commas in
    /// CSL-JSON), byte for byte what <see cref="Write"/> writes for the list.
    /// </summary>
    public static (byte[] Whole, byte[][] Each) Files(InterchangeFormat format, IReadOnlyList<InterchangeEntry> entries)
    {
        var each = new byte[entries.Count][];
        // Thousands of small independent entries: written on every core, each into its own slot, so the order is kept.
        // One writer per worker, its buffers reused for every entry that worker writes.
        Parallel.For(0, entries.Count, () => new EntryFileWriter(), (i, _, writer) =>
        {
            each[i] = writer.Write(format, entries[i]);
            return writer;
        }, writer => writer.Dispose());

        if (entries.Count == 0)
        {
            return (Write(format, entries), each);
        }

        // CSL-JSON: a one-entry file is "[" + "\n  {…}" + "\n]\n"; the whole keeps each middle part, joined by commas.
        var (skip, cut, separator, prefix, suffix) = format switch
        {
            InterchangeFormat.BibTeX => (0, 0, "\n"u8.ToArray(), Array.Empty<byte>(), Array.Empty<byte>()),
            InterchangeFormat.Ris => (0, 0, [], [], []),
            _ => (1, 3, ","u8.ToArray(), "["u8.ToArray(), "\n]\n"u8.ToArray()),
        };
        var length = prefix.Length + suffix.Length + (separator.Length * (each.Length - 1)) + each.Sum(e => e.Length - skip - cut);
        var whole = new byte[length];
        var at = 0;
        prefix.CopyTo(whole, at);
        at += prefix.Length;
        for (var i = 0; i < each.Length; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(whole, at);
                at += separator.Length;
            }

            var part = each[i].AsSpan(skip, each[i].Length - skip - cut);
            part.CopyTo(whole.AsSpan(at));
            at += part.Length;
        }

        suffix.CopyTo(whole, at);
        return (whole, each);
    }

    /// <summary>The entries in one format, as the bytes of the file.</summary>
    public static byte[] Write(InterchangeFormat format, IReadOnlyList<InterchangeEntry> entries) => format switch
    {
        InterchangeFormat.BibTeX => Utf8.GetBytes(BibTeXWriter.Write(entries)),
        InterchangeFormat.Ris => Utf8.GetBytes(RisWriter.Write(entries)),
        _ => CslJsonWriter.Write(entries),
    };
}
