using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Scaffolding;

/// <summary>
/// What a new document must not clash with, read with the same reader the build uses: every file's id
/// (also of files too broken to parse), and the countries and citations that parse.
/// </summary>
public sealed class ExistingContent
{
    private ExistingContent(IReadOnlyDictionary<string, string> pathsById, IReadOnlyList<ContentDocument> documents)
    {
        PathsById = pathsById;
        Documents = documents;
    }

    /// <summary>The relative path of each content file, by id, ignoring case (the first file wins).</summary>
    public IReadOnlyDictionary<string, string> PathsById { get; }

    /// <summary>Every document whose front matter could be read.</summary>
    public IReadOnlyList<ContentDocument> Documents { get; }

    public IEnumerable<Country> Countries => Documents.OfType<Country>();

    public IEnumerable<Citation> Citations => Documents.OfType<Citation>();

    public static ExistingContent Read(string root)
    {
        // The content's own problems are `dossier check`'s to report; here only what does parse matters.
        var ignored = new DiagnosticBag();
        var files = new ContentReader(root, ContentReader.DefaultMaxFileBytes).ReadContent(ignored);
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            paths.TryAdd(Path.GetFileNameWithoutExtension(file.File.RelativePath), file.File.RelativePath);
        }

        var documents = files.Select(f => DocumentParser.Parse(f, ignored)).OfType<ContentDocument>().ToList();
        return new ExistingContent(paths, documents);
    }
}
