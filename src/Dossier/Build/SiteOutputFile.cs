using Dossier.Build.Incremental;

namespace Dossier.Build;

/// <summary>One file the site writes: where, its bytes (made when needed) and their fingerprint.</summary>
/// <remarks>
/// A page kept from the previous build keeps this object too, so its bytes are hashed once, not on every rebuild.
/// Used by one thread at a time.
/// </remarks>
public sealed class SiteOutputFile(string path, Func<byte[]> content)
{
    private Fingerprint? _hash;

    /// <summary>The path in the site, with <c>/</c> separators: <c>countries/kazakhstan/index.html</c>.</summary>
    public string Path { get; } = path;

    public Fingerprint Hash => _hash ?? Fingerprinted(content()).Hash;

    public byte[] Content() => Fingerprinted(content()).Bytes;

    private (byte[] Bytes, Fingerprint Hash) Fingerprinted(byte[] bytes)
    {
        _hash ??= new FingerprintBuilder().Add(bytes).Build();
        return (bytes, _hash.Value);
    }
}
