namespace Dossier.Links.Network;

/// <summary>Thrown before any connection is opened when every address of a host is refused by the <see cref="AddressRule"/>.</summary>
public sealed class BlockedAddressException(string reason) : Exception(reason);
