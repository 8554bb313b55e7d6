using System.Net;
using System.Net.Sockets;
using Dossier.Links.Network;

namespace Dossier.Cli.Commands;

/// <summary>
/// How <c>dossier links</c> resolves host names: the system's resolver, unless <c>DOSSIER_LINKS_NO_DNS=1</c> is set,
/// which makes every name fail as on a machine without network (addresses written as such still connect). It
/// exists so the "no network" exit code (3) can be tested, and tried, without unplugging anything.
/// </summary>
public static class NameResolution
{
    public const string NoDnsVariable = "DOSSIER_LINKS_NO_DNS";

    /// <summary>The resolver to give the checker; null for the system's.</summary>
    public static HostResolver? FromEnvironment() =>
        Environment.GetEnvironmentVariable(NoDnsVariable) == "1" ? FailEveryName : null;

    private static Task<IPAddress[]> FailEveryName(string host, CancellationToken cancellationToken) =>
        Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
