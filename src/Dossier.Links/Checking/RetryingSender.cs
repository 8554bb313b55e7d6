using System.Runtime.CompilerServices;
using Polly;

namespace Dossier.Links.Checking;

/// <summary>
/// Sends one request through the retry pipeline: each attempt is a new request message (a sent one cannot be
/// sent again), bounded by the client's timeout, and counted, so reasons can say "after 4 attempts" and tests can
/// check no more requests were sent than should be.
/// </summary>
/// <remarks>
/// The pipeline runs here, around <see cref="HttpClient.SendAsync(HttpRequestMessage, HttpCompletionOption, CancellationToken)"/>,
/// rather than as a handler inside the client: one layer less on every request, and the client's own timeout
/// is then the per-attempt timeout.
/// </remarks>
internal sealed class RetryingSender(HttpClient client, ResiliencePipeline<HttpResponseMessage> pipeline)
{
    public ValueTask<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, HttpCompletionOption completion, StrongBox<int>? attempts,
        CancellationToken cancellationToken) =>
        pipeline.ExecuteAsync(static (attempt, token) => attempt.SendAsync(token), new Attempt(client, method, uri, completion, attempts),
            cancellationToken);

    private sealed class Attempt(HttpClient client, HttpMethod method, Uri uri, HttpCompletionOption completion, StrongBox<int>? attempts)
    {
        public async ValueTask<HttpResponseMessage> SendAsync(CancellationToken cancellationToken)
        {
            if (attempts is not null)
            {
                Interlocked.Increment(ref attempts.Value);
            }

            // A fragment is the browser's business, never the server's (a text fragment least of all: it may quote
            // the page); HttpClient leaves it out of the request line, and the message does not carry it either.
            using var request = new HttpRequestMessage(method, uri.Fragment.Length > 0 ? new Uri(uri.GetLeftPart(UriPartial.Query)) : uri);
            return await client.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        }
    }
}
