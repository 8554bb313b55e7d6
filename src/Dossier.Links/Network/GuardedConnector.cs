using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Dossier.Links.Network;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host itself, applies the
/// <see cref="AddressRule"/> to each address and connects only to an allowed one. Deciding on the
/// resolved address (not the name) and connecting to exactly that address closes DNS-rebinding tricks.
/// </summary>
public sealed class GuardedConnector(AddressRule rule, Action<IPEndPoint>? onConnecting = null, HostResolver? resolver = null)
{
    private readonly HostResolver _resolve = resolver ?? Dns.GetHostAddressesAsync;

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await _resolve(host, cancellationToken).ConfigureAwait(false);

        var allowed = new List<IPAddress>();
        string? refusal = null;
        foreach (var address in addresses)
        {
            var why = rule.Refusal(host, address);
            if (why is null)
            {
                allowed.Add(address);
            }
            else
            {
                refusal ??= why;
            }
        }

        if (allowed.Count == 0)
        {
            throw new BlockedAddressException(refusal ?? $"{host} has no address");
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var endPoint = new IPEndPoint(address, port);
            var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                onConnecting?.Invoke(endPoint);
                await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last!;
    }
}
