using System.Net;

namespace Dossier.Links.Network;

/// <summary>
/// Hosts and addresses the operator has allowed although they are not public (<c>--allow-host</c>).
/// An entry matches exactly: a name matches only that name (no subdomains), an address only that address.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<IPAddress> _addresses = [];

    public HostAllowList(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            var entry = raw.Trim().TrimStart('[').TrimEnd(']').TrimEnd('.');
            if (entry.Length == 0)
            {
                continue;
            }

            if (IPAddress.TryParse(entry, out var address))
            {
                _addresses.Add(Canonical(address));
            }
            else
            {
                _names.Add(entry);
            }
        }
    }

    public static HostAllowList Empty { get; } = new([]);

    public bool AllowsName(string host) => _names.Contains(host.TrimEnd('.'));

    public bool AllowsAddress(IPAddress address) => _addresses.Contains(Canonical(address));

    /// <summary>An IPv4-mapped IPv6 address is the same host as the IPv4 address.</summary>
    private static IPAddress Canonical(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
