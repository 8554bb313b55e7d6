using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;

namespace Dossier.Serve.Files;

/// <summary>
/// Finds the file a site path names under the output folder: <c>countries/kazakhstan/</c> is its
/// <c>index.html</c>, a folder is never listed, dot-files (the site marker) are hidden, and whatever the
/// file provider returns is checked once more to be a regular file inside the output folder.
/// </summary>
/// <remarks>
/// The provider is rooted at the output folder's path, not at a folder handle: a rebuild swaps a new folder in
/// under the same name, and the next request reads from it.
/// </remarks>
public sealed class SiteFiles(string outputDirectory) : IDisposable
{
    private readonly string _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
    private PhysicalFileProvider? _provider;

    /// <summary>Whether the output folder is there (it is briefly not, between the two renames of a rebuild's swap).</summary>
    public bool RootExists => Directory.Exists(_root);

    /// <param name="sitePath">A path relative to the site root, already accepted by <see cref="RequestPath"/>: <c>""</c>, <c>countries/</c>, <c>assets/site.css</c>.</param>
    public SiteFile Find(string sitePath)
    {
        var isFolder = sitePath.Length == 0 || sitePath.EndsWith('/');
        if (Resolve(isFolder ? sitePath + "index.html" : sitePath) is { } file)
        {
            return new SiteFile(SiteFileKind.File, file);
        }

        return !isFolder && Resolve(sitePath + "/index.html") is not null ? SiteFile.FolderWithoutSlash : SiteFile.Missing;
    }

    public void Dispose() => _provider?.Dispose();

    private string? Resolve(string relative)
    {
        if (Provider() is not { } provider)
        {
            return null;
        }

        var info = provider.GetFileInfo(relative);
        if (!info.Exists || info.IsDirectory || info.PhysicalPath is null)
        {
            return null;
        }

        // Belt and braces: the provider refuses paths above its root, and so do we, on the path it resolved.
        var full = Path.GetFullPath(info.PhysicalPath);
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        // The build never writes links; one found in the output could point anywhere.
        return new FileInfo(full).LinkTarget is null ? full : null;
    }

    private PhysicalFileProvider? Provider()
    {
        // Its constructor wants the folder to exist; before the first successful build it may not.
        if (_provider is null && Directory.Exists(_root))
        {
            var provider = new PhysicalFileProvider(_root, ExclusionFilters.Sensitive);
            if (Interlocked.CompareExchange(ref _provider, provider, null) is not null)
            {
                provider.Dispose();
            }
        }

        return _provider;
    }
}
