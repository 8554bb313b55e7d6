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
    // Made once: Fluid asks for a partial's file on every {% render %}, thousands of times a build.
    private readonly Dictionary<string, MemoryFile> _files =
        files.ToDictionary(f => f.Key, f => new MemoryFile(f.Key, f.Value), StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath) =>
        _files.TryGetValue(subpath.TrimStart('/'), out var file) ? file : new NotFoundFileInfo(subpath);

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

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
