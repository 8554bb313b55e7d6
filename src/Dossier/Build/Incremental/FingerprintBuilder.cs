using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Dossier.Build.Incremental;

/// <summary>
/// Hashes a sequence of values into one <see cref="Fingerprint"/>. Every string is length-prefixed, so
/// <c>("ab", "c")</c> and <c>("a", "bc")</c> differ.
/// </summary>
public sealed class FingerprintBuilder
{
    private readonly XxHash128 _hash = new();

    public FingerprintBuilder Add(string? text)
    {
        if (text is null)
        {
            return Add(-1);
        }

        return Add(text.AsSpan());
    }

    public FingerprintBuilder Add(ReadOnlySpan<char> text)
    {
        Add(text.Length);
        _hash.Append(MemoryMarshal.AsBytes(text));
        return this;
    }

    public FingerprintBuilder Add(int value)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, value);
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(bool value) => Add(value ? 1 : 0);

    public FingerprintBuilder Add(Fingerprint value)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[..8], (ulong)(value.Value >> 64));
        BitConverter.TryWriteBytes(bytes[8..], (ulong)value.Value);
        _hash.Append(bytes);
        return this;
    }

    public FingerprintBuilder Add(ReadOnlySpan<byte> bytes)
    {
        Add(bytes.Length);
        _hash.Append(bytes);
        return this;
    }

    public Fingerprint Build() => new(_hash.GetCurrentHashAsUInt128());
}
