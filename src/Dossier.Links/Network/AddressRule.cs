using System.Net;

namespace Dossier.Links.Network;

/// <summary>
/// Decides whether the checker may connect to an address. Cited URLs come from pull requests by anyone,
/// so only public addresses are allowed unless the operator names a host or address; link-local addresses
/// (which include cloud metadata at 169.254.169.254) are refused even then.
/// </summary>
public sealed class AddressRule(HostAllowList allowList)
{
    public HostAllowList AllowList { get; } = allowList;

    /// <summary>Null when <paramref name="address"/>, reached as <paramref name="host"/>, may be connected to; otherwise why not.</summary>
    public string? Refusal(string host, IPAddress address)
    {
        var kind = AddressClassifier.Classify(address);
        if (kind == AddressClass.Public)
        {
            return null;
        }

        var shown = host.Equals(address.ToString(), StringComparison.OrdinalIgnoreCase) ? address.ToString() : $"{host} ({address})";
        if (kind == AddressClass.LinkLocal)
        {
            return $"{shown} is a link-local address (cloud metadata lives there); it can never be allowed";
        }

        if (AllowList.AllowsName(host) || AllowList.AllowsAddress(address))
        {
            return null;
        }

        return $"{shown} is a {Describe(kind)} address; pass --allow-host to check it";
    }

    private static string Describe(AddressClass kind) => kind switch
    {
        AddressClass.Loopback => "loopback",
        AddressClass.Private => "private",
        AddressClass.UniqueLocal => "unique-local",
        AddressClass.Unspecified => "unspecified",
        AddressClass.SharedAddressSpace => "carrier-grade NAT",
        _ => "reserved",
    };
}
