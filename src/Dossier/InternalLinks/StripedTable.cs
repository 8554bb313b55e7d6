using System.Runtime.InteropServices;

namespace Dossier.InternalLinks;

/// <summary>
/// A table by ordinal text that the scanning threads share, cut into stripes each behind its own lock. A
/// ConcurrentDictionary makes an object for every entry and makes them all again each time it grows; a
/// 1,000-article build keeps a hundred thousand link texts, and those objects were a fifth of what scanning allocated.
/// </summary>
internal sealed class StripedTable<TValue>
{
    /// <summary>Enough stripes that the few threads of a build seldom wait for one another.</summary>
    private const int StripeCount = 32;

    private readonly Dictionary<string, TValue>[] _stripes =
        [.. Enumerable.Range(0, StripeCount).Select(_ => new Dictionary<string, TValue>(StringComparer.Ordinal))];

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var stripe = StripeOf(key);
        lock (stripe)
        {
            return stripe.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out value!);
        }
    }

    /// <summary>The value kept for <paramref name="key"/>, or, when there is none, <paramref name="valueOf"/> the key as a string, kept.</summary>
    public TValue GetOrAdd(ReadOnlySpan<char> key, Func<string, TValue> valueOf)
    {
        var stripe = StripeOf(key);
        lock (stripe)
        {
            if (stripe.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var known))
            {
                return known;
            }

            var made = key.ToString();
            var value = valueOf(made);
            stripe.Add(made, value);
            return value;
        }
    }

    /// <summary>The value kept for <paramref name="key"/>, or, when there is none, <paramref name="value"/>, kept.</summary>
    public TValue GetOrAdd(string key, TValue value)
    {
        var stripe = StripeOf(key);
        lock (stripe)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(stripe, key, out var exists);
            if (!exists)
            {
                slot = value;
            }

            return slot!;
        }
    }

    private Dictionary<string, TValue> StripeOf(ReadOnlySpan<char> key) =>
        _stripes[(uint)string.GetHashCode(key) % StripeCount];
}
