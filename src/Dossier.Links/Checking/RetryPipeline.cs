using System.Net;
using System.Net.Sockets;
using Dossier.Links.Network;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

namespace Dossier.Links.Checking;

/// <summary>
/// The resilience pipeline around each request (<see cref="RetryingSender"/>): retries with exponential backoff and
/// jitter on timeouts, 408, 429 and 5xx (honouring a capped <c>Retry-After</c>); the client's timeout bounds each attempt.
/// Failures that another try cannot fix (a refused address, an unknown host, a refused connection) are not retried.
/// </summary>
internal static class RetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(LinkCheckerOptions options)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsWorthRetrying(args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.RetryAfterCap)),
            });
        }

        return builder.Build();
    }

    internal static bool IsWorthRetrying(Outcome<HttpResponseMessage> outcome)
    {
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            if (BotChallenge.IsChallenge(response))
            {
                return false;
            }

            return status is 408 or 429 || (status >= 500 && status != 501 && status != 505);
        }

        return outcome.Exception switch
        {
            // HttpClient's own timeout (the caller's cancellation is never retried: Polly stops on it).
            TaskCanceledException { InnerException: TimeoutException } => true,
            HttpRequestException ex => !IsPermanent(ex),
            _ => false,
        };
    }

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
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan cap)
    {
        var header = response?.Headers.RetryAfter;
        TimeSpan? wanted = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        if (wanted is not { } delay)
        {
            return null;
        }

        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay > cap ? cap : delay;
    }
}
