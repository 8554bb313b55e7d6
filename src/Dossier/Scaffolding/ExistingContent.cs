using Dossier.Collections;
using Dossier.Content;
using Dossier.Diagnostics;
using Dossier.Reading;

namespace Dossier.Scaffolding;

/// <summary>
/// What a new document must not clash with, read with the same reader the build uses: every file's id
/// (also of files too broken to parse), and the documents that parse.
/// </summary>
public sealed class ExistingContent
{
    private ExistingContent(CollectionSet collections, IReadOnlyDictionary<string, string> pathsById, IReadOnlyList<ContentDocument> documents)
    {
        Collections = collections;
        PathsById = pathsById;
        Documents = documents;
    }

    /// <summary>The dossier's collections, built-in and declared.</summary>
    public CollectionSet Collections { get; }

    /// <summary>The relative path of each content file, by id, ignoring case (the first file wins).</summary>
    public IReadOnlyDictionary<string, string> PathsById { get; }

    /// <summary>Every document whose front matter could be read.</summary>
    public IReadOnlyList<ContentDocument> Documents { get; }

    public static ExistingContent Read(string root, CollectionSet collections)
    {
        // The content's own problems are `dossier check`'s to report; here only what does parse matters.
        var ignored = new DiagnosticBag();
        var files = new ContentReader(root, ContentReader.DefaultMaxFileBytes).ReadContent(collections, ignored);
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            paths.TryAdd(Path.GetFileNameWithoutExtension(file.File.RelativePath), file.File.RelativePath);
        }

        var documents = files.Select(f => DocumentParser.Parse(f, ignored)).OfType<ContentDocument>().ToList();
        return new ExistingContent(collections, paths, documents);
    }

    /// <summary>Why <paramref name="id"/> cannot be named in <paramref name="field"/>, which names documents of <paramref name="to"/>, or null.</summary>
    public string? ProblemWithReference(string id, string field, params CollectionDescriptor[] to)
    {
        var expected = string.Join(" or ", to.Select(c => c.Singular));
        if (Documents.Any(d => d.Id == id && to.Contains(d.Collection)))
        {
            return null;
        }

        var candidates = Documents.Where(d => to.Contains(d.Collection)).Select(d => d.Id).ToList();
        var near = DidYouMean.Closest(id, candidates);
        if (near is null && PathsById.TryGetValue(id, out var path))
        {
            return $"`{id}` is not a {expected} but {path}; {field} are {string.Join(" or ", to.Select(c => c.Name))}";
        }

        return $"there is no {expected} `{id}`"
            + (near is not null ? $"; did you mean `{near}`?" : $"; add it first with `{to[0].NewCommandOf(id)}`");
    }
}
