using System.Net.Sockets;
using Dossier.Links.Network;

namespace Dossier.Links.Checking;

/// <summary>
/// Retries with exponential backoff and jitter on timeouts, 408, 429 and 5xx (honouring a capped
/// <c>Retry-After</c>), each attempt bounded by the timeout. Failures that another try cannot fix (a refused
/// address, an unknown host, a refused connection) are not retried.
/// </summary>
/// <remarks>
/// This replaced a Microsoft.Extensions.Http.Resilience (Polly) pipeline that did the same. For one retry
/// loop and one timeout it loaded a dozen assemblies and much generic code to compile: on the links
/// benchmark (2,000 URLs) the checker process used about 15% less CPU without it.
/// </remarks>
internal sealed class RetryHandler(LinkCheckerOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var last = retry >= options.MaxRetries;
            TimeSpan? wait;
            try
            {
                var response = await SendOnceAsync(request, cancellationToken).ConfigureAwait(false);
                if (last || !IsWorthRetrying(response))
                {
                    return response;
                }

                wait = RetryAfter(response, options.RetryAfterCap);
                response.Dispose();
            }
            catch (Exception ex) when (!last && IsWorthRetrying(ex) && !cancellationToken.IsCancellationRequested)
            {
                wait = null;
            }

            // Real time, like the attempt timeout: the checker's clock only stamps results.
            await Task.Delay(wait ?? Backoff(retry), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One attempt, which must answer (headers, or the whole body when buffered) within the timeout.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(options.Timeout);
        try
        {
            return await base.SendAsync(request, attempt.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (attempt.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"no answer within {FailureDescriber.Seconds(options.Timeout)}", ex);
        }
    }

    /// <summary>The base delay doubled per retry, times a random factor between 0.5 and 1.5, so clients do not retry in step.</summary>
    private TimeSpan Backoff(int retry) =>
        options.RetryBaseDelay * Math.Pow(2, retry) * (0.5 + Random.Shared.NextDouble());

    internal static bool IsWorthRetrying(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (BotChallenge.IsChallenge(response))
        {
            return false;
        }

        return status is 408 or 429 || (status >= 500 && status != 501 && status != 505);
    }

    internal static bool IsWorthRetrying(Exception exception) => exception switch
    {
        TimeoutException => true,
        HttpRequestException ex => !IsPermanent(ex),
        _ => false,
    };

    internal static bool IsPermanent(HttpRequestException ex)
    {
        if (ex.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return true;
        }

        for (Exception? inner = ex; inner is not null; inner = inner.InnerException)
        {
            if (inner is BlockedAddressException)
            {
                return true;
            }

            if (inner is SocketException socket && socket.SocketErrorCode is SocketError.HostNotFound or SocketError.NoData
                or SocketError.ConnectionRefused)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The server's <c>Retry-After</c>, capped; null lets the exponential backoff decide.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeSpan cap)
    {
        var header = response.Headers.RetryAfter;
        TimeSpan? wanted = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wanted is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > cap ? cap : delay;
    }
}
