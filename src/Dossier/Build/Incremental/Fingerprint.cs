namespace Dossier.Build.Incremental;

/// <summary>
/// A 128-bit hash of some build input (a file's text, a page's inputs). Collisions are negligible at
/// 128 bits, so equal fingerprints stand for equal inputs and the work done for them can be reused.
/// </summary>
public readonly record struct Fingerprint(UInt128 Value)
{
    public static Fingerprint Of(string text) => new FingerprintBuilder().Add(text).Build();

    /// <summary>The fingerprint of part of a text, equal to that of the same characters as a string.</summary>
    public static Fingerprint Of(ReadOnlySpan<char> text) => new FingerprintBuilder().Add(text).Build();

    public override string ToString() => Value.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
