using System.Net.Sockets;
using Dossier.Links.Network;

namespace Dossier.Links.Checking;

/// <summary>Turns a failed request into a verdict and a reason an editor can act on.</summary>
internal static class FailureDescriber
{
    public static (Verdict Verdict, string Reason) Describe(Exception exception, Uri uri, TimeSpan timeout, int attempts)
    {
        var host = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        var tries = attempts > 1 ? $" ({attempts} attempts)" : "";
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case BlockedAddressException blocked:
                    return (Verdict.Blocked, $"refused before connecting: {blocked.Message}");
                case TimeoutException:
                    return (Verdict.Timeout, $"no answer from {host} within {Seconds(timeout)}{tries}");
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData }:
                    return (Verdict.Broken, $"DNS failure: {uri.Host} cannot be resolved (the domain may have lapsed, or there is no network)");
                case SocketException { SocketErrorCode: SocketError.TryAgain }:
                    return (Verdict.Broken, $"DNS failure: no answer resolving {uri.Host}{tries}");
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return (Verdict.Broken, $"connection refused by {host}");
                case SocketException { SocketErrorCode: SocketError.NetworkUnreachable or SocketError.HostUnreachable } socket:
                    return (Verdict.Broken, $"{host} is unreachable ({socket.SocketErrorCode}){tries}");
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return (Verdict.Broken, $"DNS failure: {uri.Host} cannot be resolved (the domain may have lapsed, or there is no network)");
                case System.Security.Authentication.AuthenticationException tls:
                    return (Verdict.Broken, $"TLS handshake with {host} failed: {tls.Message}");
            }
        }

        if (exception is OperationCanceledException)
        {
            return (Verdict.Timeout, $"{host} did not finish answering within {Seconds(timeout)}");
        }

        var message = exception is HttpRequestException { InnerException: { } cause } ? cause.Message : exception.Message;
        return (Verdict.Broken, $"request to {host} failed: {message}{tries}");
    }

    public static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 1 && span.TotalSeconds == Math.Floor(span.TotalSeconds)
            ? $"{span.TotalSeconds:0} s"
            : $"{span.TotalSeconds:0.###} s";
}
