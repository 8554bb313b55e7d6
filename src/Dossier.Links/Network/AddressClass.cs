namespace Dossier.Links.Network;

/// <summary>What kind of network an IP address belongs to, as far as the link checker cares.</summary>
public enum AddressClass
{
    /// <summary>An ordinary address on the internet.</summary>
    Public,

    /// <summary>127.0.0.0/8 and ::1: this machine.</summary>
    Loopback,

    /// <summary>RFC 1918 (10/8, 172.16/12, 192.168/16) and the deprecated IPv6 site-local fec0::/10.</summary>
    Private,

    /// <summary>169.254.0.0/16 and fe80::/10, which hold cloud metadata services such as 169.254.169.254.</summary>
    LinkLocal,

    /// <summary>fc00::/7, IPv6's private range.</summary>
    UniqueLocal,

    /// <summary>0.0.0.0/8 and ::, which many stacks treat as "this host".</summary>
    Unspecified,

    /// <summary>100.64.0.0/10, carrier-grade NAT: the provider's private network.</summary>
    SharedAddressSpace,

    /// <summary>Multicast, broadcast and the reserved 240.0.0.0/4: never a web server.</summary>
    Reserved,
}
