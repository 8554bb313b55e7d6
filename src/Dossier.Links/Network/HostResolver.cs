using System.Net;

namespace Dossier.Links.Network;

/// <summary>Resolves a host name to addresses; the system resolver unless a test supplies one that stays off the network.</summary>
public delegate Task<IPAddress[]> HostResolver(string host, CancellationToken cancellationToken);
