namespace Dossier.InternalLinks;

/// <summary>What an internal link may land on: every file the site writes, and each page's element ids.</summary>
/// <remarks>Made once per set of targets: a rebuild whose pages' files and ids are unchanged checks against the last one.</remarks>
public sealed class LinkTargets
{
    private readonly HashSet<string> _files;
    private readonly Dictionary<string, IReadOnlySet<string>> _idsByFile;

    private LinkTargets(HashSet<string> files, Dictionary<string, IReadOnlySet<string>> idsByFile)
    {
        (_files, _idsByFile) = (files, idsByFile);
    }

    public static LinkTargets Of(IReadOnlyList<ScannedPage> pages, IEnumerable<string> otherFiles)
    {
        var idsByFile = pages.ToDictionary(p => p.File, p => p.Ids, StringComparer.Ordinal);
        return new LinkTargets(idsByFile.Keys.Concat(otherFiles).ToHashSet(StringComparer.Ordinal), idsByFile);
    }

    /// <summary>Whether the site writes <paramref name="file"/> (a page or another file).</summary>
    public bool HasFile(string file) => _files.Contains(file);

    /// <summary>The ids of the page written to <paramref name="file"/>; null when it is not a page.</summary>
    public IReadOnlySet<string>? IdsOf(string file) => _idsByFile.GetValueOrDefault(file);
}
