using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Dossier.Tests.Serve;

/// <summary>
/// Sends a request target exactly as written (<c>/..%2f..%2fetc/passwd</c>): HttpClient's <see cref="Uri"/> would
/// normalise the very tricks being tested.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Text);

    public static async Task<Response> GetAsync(int port, string target)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request), timeout.Token);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, timeout.Token);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var statusLine = text.Split("\r\n", 2)[0];
        return new Response(int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), text);
    }
}
