using System.Globalization;
using System.Text;
using Dossier.Site;

namespace Dossier.Build;

/// <summary>
/// Cuts the search index the search box loads into scripts: <c>search/index.js</c> names the parts
/// (<c>dossierSearchIndex({"parts":["index-1.js",…]});</c>), and each part hands a JSON array of up to
/// <see cref="EntriesPerPart"/> entries, in the index's order, to <c>dossierSearchPart("index-1.js",[…]);</c>. Scripts,
/// not JSON files, so search works on a site opened from disk (<c>file://</c>), where browsers refuse to fetch files.
/// Each document's entry depends only on its page inputs, so a rebuild makes again only the entries of documents whose
/// inputs changed, and joins again only the parts holding them: at a thousand articles the index is megabytes, and an
/// edit of one article's text rewrites one part, not all of it.
/// </summary>
public static class ComposeSearchIndex
{
    /// <summary>
    /// Entries per part: parts are cut by count, not size, so an edit that changes an entry's length moves no other
    /// entry to another part. A part of articles is then about 2 MB (1 MB gzipped) at 900 words each.
    /// </summary>
    public const int EntriesPerPart = 256;

    /// <summary>The list of parts the search box loads (<c>search/index.js</c>), and each part's path and entries.</summary>
    public static (GeneratedFile List, IReadOnlyList<(string Path, int From, int Count)> Parts) Plan(int entryCount)
    {
        var partCount = Math.Max(1, (entryCount + EntriesPerPart - 1) / EntriesPerPart);
        var names = Enumerable.Range(1, partCount).Select(n => string.Create(CultureInfo.InvariantCulture, $"index-{n}.js")).ToList();
        var list = new GeneratedFile(SitePaths.SearchIndex, Encoding.UTF8.GetBytes("dossierSearchIndex({\"parts\":[" + string.Join(',', names.Select(n => $"\"{n}\"")) + "]});\n"));
        var parts = names.Select((name, p) => (SitePaths.Search + name, p * EntriesPerPart, Math.Min(EntriesPerPart, entryCount - p * EntriesPerPart))).ToList();
        return (list, parts);
    }

    /// <summary>One part of the index: its entries (each a document's JSON, in the index's order) as one JSON array, handed to the page by name.</summary>
    public static GeneratedFile Part(string path, IReadOnlyList<byte[]> entries) =>
        new(path, Joined(Encoding.UTF8.GetBytes($"dossierSearchPart(\"{path[SitePaths.Search.Length..]}\","), entries, Encoding.UTF8.GetBytes(");\n")));

    /// <summary>The entries as one JSON array between a head and a tail, in one array of the final size (growing a stream would copy it several times).</summary>
    private static byte[] Joined(byte[] head, IReadOnlyList<byte[]> parts, byte[] tail)
    {
        var json = new byte[head.Length + parts.Sum(p => p.Length) + Math.Max(parts.Count - 1, 0) + 2 + tail.Length];
        head.CopyTo(json, 0);
        var at = head.Length;
        json[at++] = (byte)'[';
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                json[at++] = (byte)',';
            }

            parts[i].CopyTo(json, at);
            at += parts[i].Length;
        }

        json[at++] = (byte)']';
        tail.CopyTo(json, at);
        return json;
    }
}
