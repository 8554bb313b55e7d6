using Dossier.Graph;
using Dossier.Interchange;

namespace Dossier.Build;

/// <summary>
/// The bibliography as BibTeX, RIS and CSL-JSON: the whole of it at the site root, in the bibliography's order, and each
/// source's entry beside its page. A pure function of the citations' front matter.
/// </summary>
public static class ComposeBibliographyExports
{
    public static IReadOnlyList<GeneratedFile> Run(ContentGraph graph)
    {
        var citations = graph.Citations;
        var entries = citations.Select(InterchangeEntry.Of).ToList();
        var files = new List<GeneratedFile>(BibliographyDownloads.Formats.Count * (citations.Count + 1));
        foreach (var (format, _, extension, _) in BibliographyDownloads.Formats)
        {
            var (whole, each) = BibliographyDownloads.Files(format, entries);
            files.Add(new GeneratedFile(BibliographyDownloads.WholePath(extension), whole));
            for (var i = 0; i < citations.Count; i++)
            {
                files.Add(new GeneratedFile(BibliographyDownloads.PathOf(citations[i], extension), each[i]));
            }
        }

        return files;
    }
}
