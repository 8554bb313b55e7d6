using System.Buffers;
using System.Net;
using System.Runtime.CompilerServices;
using Dossier.Links.Quotes;

namespace Dossier.Links.Checking;

/// <summary>
/// Sends one hop: GET when the page's body is wanted (reading it only if it is text), else HEAD first, then GET when
/// HEAD is refused (400, 403, 404, 405, 501: some servers answer HEAD wrongly) or fails. Holds the host's slot for the
/// whole hop, so the per-host limit counts retries and body reads too.
/// </summary>
internal sealed class HopSender(RetryingSender sender, HostGates gates, LinkCheckerOptions options)
{
    private static readonly HashSet<int> HeadRefusals = [400, 403, 404, 405, 501];

    /// <param name="uri">The hop's URL.</param>
    /// <param name="bodyBytes">Most bytes of a text body to read; 0 asks HEAD first and reads no body.</param>
    /// <param name="attempts">Counts every request sent.</param>
    /// <param name="cookies">The check's cookie jar.</param>
    /// <param name="cancellationToken">Stops the hop.</param>
    public async Task<HopResponse> SendAsync(Uri uri, long bodyBytes, StrongBox<int> attempts, CookieContainer cookies, CancellationToken cancellationToken)
    {
        var wantBody = bodyBytes > 0;
        using var slot = await gates.EnterAsync(uri, cancellationToken).ConfigureAwait(false);
        string? fallback = null;
        if (!wantBody)
        {
            try
            {
                using var head = await SendAsync(HttpMethod.Head, uri, attempts, cookies, cancellationToken).ConfigureAwait(false);
                var status = (int)head.StatusCode;
                if (!HeadRefusals.Contains(status))
                {
                    return Describe(head);
                }

                fallback = $"HEAD answered {status}";
            }
            catch (HttpRequestException ex) when (!RetryPipeline.IsPermanent(ex))
            {
                // A server that drops HEAD (or answers it with garbage) may still serve GET; an unknown
                // host or a refused address would fail GET the same way, so those are not tried again.
                fallback = "HEAD failed";
            }
        }

        using var get = await SendAsync(HttpMethod.Get, uri, attempts, cookies, cancellationToken).ConfigureAwait(false);
        var response = Describe(get) with { HeadFallback = fallback };
        // A body we cannot read (a PDF behind an extensionless URL) is left unread: the connection is given up
        // rather than megabytes downloaded for nothing.
        if (!wantBody || !get.IsSuccessStatusCode || !PageReader.CanRead(response.ContentType))
        {
            return response;
        }

        var (body, truncated) = await ReadCappedAsync(get.Content, bodyBytes, cancellationToken).ConfigureAwait(false);
        return response with { Body = body, Truncated = truncated };
    }

    private ValueTask<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, StrongBox<int> attempts, CookieContainer cookies,
        CancellationToken cancellationToken) =>
        sender.SendAsync(method, uri, HttpCompletionOption.ResponseHeadersRead, attempts, cookies, cancellationToken);

    private static HopResponse Describe(HttpResponseMessage response) =>
        new((int)response.StatusCode, response.ReasonPhrase ?? "", response.Headers.Location)
        {
            IsChallenge = BotChallenge.IsChallenge(response),
            ContentType = response.Content.Headers.ContentType,
        };

    /// <summary>Reads at most <paramref name="cap"/> bytes (decompressed), within the timeout.</summary>
    private async Task<(byte[] Body, bool Truncated)> ReadCappedAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Timeout);
        await using var stream = await content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            while (buffer.Length < cap)
            {
                var wanted = (int)Math.Min(chunk.Length, cap - buffer.Length);
                var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), deadline.Token).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer.ToArray(), false);
                }

                buffer.Write(chunk, 0, read);
            }

            // At the cap: one more byte tells whether the page really goes on.
            var more = await stream.ReadAsync(chunk.AsMemory(0, 1), deadline.Token).ConfigureAwait(false);
            return (buffer.ToArray(), more > 0);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
