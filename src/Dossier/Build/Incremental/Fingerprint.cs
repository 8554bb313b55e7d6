using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dossier.Build.Incremental;

/// <summary>
/// A 128-bit hash of some build input (a file's text, a page's inputs). Collisions are negligible at
/// 128 bits, so equal fingerprints stand for equal inputs and the work done for them can be reused.
/// </summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    public static Fingerprint Of(string text) => Of(text.AsSpan());

    /// <summary>The fingerprint of part of a text, equal to that of the same characters as a string.</summary>
    /// <remarks>
    /// One call, without a <see cref="FingerprintBuilder"/>'s hash object: every file's text is hashed this way. (So it
    /// is not equal to a builder's fingerprint of the same text.)
    /// </remarks>
    public static Fingerprint Of(ReadOnlySpan<char> text) => new(XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text)));

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
