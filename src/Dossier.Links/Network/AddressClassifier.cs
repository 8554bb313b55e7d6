using System.Net;
using System.Net.Sockets;

namespace Dossier.Links.Network;

/// <summary>
/// Classifies an IP address. IPv6 forms that carry an IPv4 address (IPv4-mapped <c>::ffff:a.b.c.d</c>,
/// IPv4-compatible <c>::a.b.c.d</c>, NAT64 <c>64:ff9b::/96</c> and 6to4 <c>2002::/16</c>) are judged by the
/// IPv4 address inside, so <c>[::ffff:10.0.0.1]</c> is as private as <c>10.0.0.1</c>.
/// </summary>
public static class AddressClassifier
{
    public static AddressClass Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return ClassifyV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return AddressClass.Reserved;
        }

        var embedded = EmbeddedV4(address);
        if (embedded is not null)
        {
            return ClassifyV4(embedded);
        }

        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any))
        {
            return AddressClass.Unspecified;
        }

        if (address.Equals(IPAddress.IPv6Loopback))
        {
            return AddressClass.Loopback;
        }

        return b[0] switch
        {
            0xFE when (b[1] & 0xC0) == 0x80 => AddressClass.LinkLocal,
            0xFE when (b[1] & 0xC0) == 0xC0 => AddressClass.Private,
            _ when (b[0] & 0xFE) == 0xFC => AddressClass.UniqueLocal,
            0xFF => AddressClass.Reserved,
            _ => AddressClass.Public,
        };
    }

    /// <summary>The IPv4 address an IPv6 address carries, if it is one of the forms that route to it.</summary>
    private static byte[]? EmbeddedV4(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().GetAddressBytes();
        }

        var b = address.GetAddressBytes();
        var firstTwelveZero = b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0;
        // ::a.b.c.d (IPv4-compatible), but not :: or ::1, which are classified on their own.
        if (firstTwelveZero && (b[12] | b[13]) != 0)
        {
            return b[12..];
        }

        // 64:ff9b::/96, the well-known NAT64 prefix, reaches the embedded IPv4 address.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return b[12..];
        }

        // 2002:AABB:CCDD::/48, 6to4, tunnels to AA.BB.CC.DD.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return b[2..6];
        }

        return null;
    }

    private static AddressClass ClassifyV4(byte[] b) => b switch
    {
        [0, ..] => AddressClass.Unspecified,
        [127, ..] => AddressClass.Loopback,
        [10, ..] => AddressClass.Private,
        [172, var x, ..] when x is >= 16 and <= 31 => AddressClass.Private,
        [192, 168, ..] => AddressClass.Private,
        [169, 254, ..] => AddressClass.LinkLocal,
        [100, var x, ..] when x is >= 64 and <= 127 => AddressClass.SharedAddressSpace,
        [var x, ..] when x >= 224 => AddressClass.Reserved,
        _ => AddressClass.Public,
    };
}
