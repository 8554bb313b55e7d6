using Dossier.Build.Incremental;

namespace Dossier.Build;

/// <summary>One file the site writes: where, its bytes (made when needed) and their fingerprint.</summary>
/// <remarks>
/// A page kept from the previous build keeps this object too, so its bytes are hashed once, not on every rebuild.
/// Used by one thread at a time.
/// </remarks>
public sealed class SiteOutputFile(string path, Func<byte[]> content)
{
    private static readonly Func<byte[]> AlreadyWritten =
        () => throw new InvalidOperationException("the file was written to the staging folder when it was made; its bytes were not kept");

    private Fingerprint? _hash;

    /// <summary>A file whose bytes are held already (a generated file, a theme asset).</summary>
    public SiteOutputFile(string path, byte[] content)
        : this(path, () => content)
    {
        Bytes = content;
    }

    /// <summary>The bytes given when made, if they were given rather than made when needed.</summary>
    private byte[]? Bytes { get; }

    /// <summary>A file written into the <see cref="SiteStaging"/> folder as soon as it was made, whose bytes are not kept.</summary>
    public static SiteOutputFile Staged(string path) => new(path, AlreadyWritten) { IsStaged = true };

    /// <summary>Whether the file is already in the staging folder (only a full build that writes stages its pages).</summary>
    public bool IsStaged { get; private init; }

    /// <summary>The path in the site, with <c>/</c> separators: <c>countries/kazakhstan/index.html</c>.</summary>
    public string Path { get; } = path;

    /// <summary>The bytes' fingerprint, hashed when first asked (only a rebuild's manifest asks; a one-off build never does).</summary>
    public Fingerprint Hash => _hash ??= new FingerprintBuilder().Add(content()).Build();

    public byte[] Content() => content();

    /// <summary>Whether this is the file <paramref name="path"/> made of this very array (so its hash holds without hashing it).</summary>
    public bool Holds(string path, byte[] content) => ReferenceEquals(Bytes, content) && Path == path;
}
