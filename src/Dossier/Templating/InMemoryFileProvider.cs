using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Dossier.Templating;

/// <summary>
/// Serves a theme's partials to Fluid's <c>{% render %}</c> from memory, so templates can only ever
/// reach the theme's own partials, never the file system.
/// </summary>
public sealed class InMemoryFileProvider(IReadOnlyDictionary<string, string> files) : IFileProvider
{
    private const string Extension = ".liquid";

    // Made once: Fluid asks for a partial's file on every {% render %}, thousands of times a build.
    private readonly Dictionary<string, MemoryFile> _files = ByName(files);

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    /// <summary>
    /// Each file by its name, and a <c>.liquid</c> file also by the name without it (when that has no other dot), as
    /// themes write it: <c>{% render 'head' %}</c>. Fluid asks for the name as written first and appends the extension
    /// only when that is not found; found at once, a render makes no strings for the name and its fallback. (A dotted
    /// name is left to the fallback: Fluid names a <c>with</c> variable after the file name less its last extension.)
    /// </summary>
    private static Dictionary<string, MemoryFile> ByName(IReadOnlyDictionary<string, string> files)
    {
        var byName = new Dictionary<string, MemoryFile>(StringComparer.Ordinal);
        foreach (var (name, text) in files)
        {
            var file = new MemoryFile(name, text);
            byName[name] = file;
            if (name.EndsWith(Extension, StringComparison.Ordinal) && name[..^Extension.Length] is var bare
                && !bare.Contains('.', StringComparison.Ordinal))
            {
                byName.TryAdd(bare, file);
            }
        }

        return byName;
    }

    private sealed class MemoryFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
