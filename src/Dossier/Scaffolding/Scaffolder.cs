using System.Text;
using Dossier.Content;
using Dossier.Collections;

namespace Dossier.Scaffolding;

/// <summary>
/// <c>dossier new</c>: checks a new document against the rules <c>dossier check</c> applies (a valid id unused in any
/// collection, then what its collection asks: an http(s) URL, an unused ISO code, parties that are countries…) and
/// writes a skeleton that passes it unchanged. Refuses, writing nothing, when any rule fails or the file already exists.
/// </summary>
public static class Scaffolder
{
    /// <param name="collections">The dossier's collections: ids must be unused in all of them.</param>
    public static ScaffoldResult Create(string root, NewDocumentRequest request, CollectionSet collections, TimeProvider clock)
    {
        var id = request.Id;
        if (DocumentId.Problem(id) is { } problem)
        {
            var suggestion = DocumentId.Suggest(id) is { } s ? $"; try `{s}`" : "";
            return ScaffoldResult.Refused($"`{id}` is not a valid id: {problem}. An id becomes the file name: {DocumentId.Rule}{suggestion}");
        }

        var relative = $"content/{request.Collection.Name}/{id}.md";
        var path = Path.Combine(root, relative);
        if (File.Exists(path))
        {
            return AlreadyExists(relative);
        }

        var existing = ExistingContent.Read(root, collections);
        if (existing.PathsById.TryGetValue(id, out var used))
        {
            return ScaffoldResult.Refused($"the id `{id}` is already used by {used}; ids are unique across all collections, ignoring case: choose another id");
        }

        if (request.Title is { } given && string.IsNullOrWhiteSpace(given))
        {
            return ScaffoldResult.Refused("the title is empty");
        }

        var title = request.Title?.Trim() ?? Words(id);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var skeleton = request.Collection.SkeletonOf(request, title, today, existing);
        if (skeleton.Error is not null)
        {
            return ScaffoldResult.Refused(skeleton.Error);
        }

        var text = SkeletonWriter.Write(request.Collection.Schema, skeleton.Values, skeleton.Body);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: never overwrite, even a file that appeared since the check above.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
        }
        catch (IOException) when (File.Exists(path))
        {
            return AlreadyExists(relative);
        }

        return ScaffoldResult.Wrote(relative, skeleton.Warnings);
    }

    /// <summary>An id in words, as a placeholder title: <c>united-states</c> → <c>United States</c>.</summary>
    public static string Words(string id) =>
        string.Join(' ', id.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static ScaffoldResult AlreadyExists(string relative) =>
        ScaffoldResult.Refused($"{relative} already exists; `dossier new` never overwrites a file: edit it, or choose another id");
}
